def log = new File(basedir, 'build.log').text
assert log.contains('problems with coverage data (see the warnings above); subcov.failOnDataError is true.')
assert log.contains('BUILD FAILURE')
