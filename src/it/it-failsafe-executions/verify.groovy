def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// describe ran in the Failsafe JVM, answer and main only in the server it started
assert coverage.lines('app/EchoServer', 'describe') == 1
assert coverage.lines('app/EchoServer', 'answer') == 1
assert coverage.lines('app/EchoServer', 'main') >= 6
assert new File(basedir, 'target/subcov.exec').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('the <argLine> of maven-failsafe-plugin:integration-test does not use ${argLine}')
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
