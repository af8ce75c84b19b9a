def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/Tally', 'add') == 1
assert coverage.lines('app/Tally', 'count') == 4
assert coverage.lines('app/Tally', 'main') == 2
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: jacoco-maven-plugin:prepare-agent also runs in this build.')
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
// JaCoCo's own agent in the test JVM still wrote its own file
assert new File(basedir, 'target/jacoco.exec').isFile()
