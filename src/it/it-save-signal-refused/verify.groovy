def log = new File(basedir, 'build.log').text
assert log.contains('subcov.saveSignal is "USR2": use USR1 (HotSpot keeps USR2 for itself;')
assert log.contains('or off to take no signal.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/subcov-agent.properties').exists()
