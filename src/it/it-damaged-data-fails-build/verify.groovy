def log = new File(basedir, 'build.log').text
assert log.contains('noise.exec: not a JaCoCo execution data file; skipped')
assert log.contains('subcov: the coverage data had 1 problem (see the warnings above) and subcov.failOnDataError is true.')
assert log.contains('BUILD FAILURE')
