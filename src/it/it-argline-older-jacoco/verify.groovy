def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the test JVM through the user's JaCoCo 0.8.13, the child through subcov's own
assert coverage.lines('app/Tally', 'add') == 1
assert coverage.lines('app/Tally', 'count') == 4
assert coverage.lines('app/Tally', 'main') == 2
def log = new File(basedir, 'build.log').text
assert log.contains('may name a JaCoCo agent besides subcov\'s; JaCoCo\'s jar stays off the boot class path')
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
assert !log.contains('could not write coverage data')
assert new File(basedir, 'target/own-jacoco.exec').isFile()
