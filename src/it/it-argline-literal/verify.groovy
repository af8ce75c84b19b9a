def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// banner ran only in the forked test JVM, greet and main only in the child it started
assert coverage.lines('app/Greeter', 'banner') == 1
assert coverage.lines('app/Greeter', 'greet') == 2
assert coverage.lines('app/Greeter', 'main') == 3
def data = new File(basedir, 'target/subcov')
assert data.listFiles().findAll { it.name.endsWith('.exec') }.size() == 2
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 2 JVMs (1 test JVM, 1 spawned)')
assert log.contains('the <argLine> of maven-surefire-plugin:test does not use ${argLine}; adding the coverage agent in front of "-Xmx256m"')
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
