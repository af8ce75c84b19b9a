def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the first build: banner ran in the forked test JVM, greet only inside Maven's JVM
assert coverage.lines('app/Greeter', 'banner') == 1
assert coverage.lines('app/Greeter', 'greet') == 0
assert coverage.missedLines('app/Greeter', 'greet') == 2
assert !new File(basedir, 'target/site/subcov-none').exists()

def log = new File(basedir, 'build.log').text
def inMavensJvm = ' in tests-in-maven-jvm run without the coverage agent: forkCount is 0, so they run inside' +
        " Maven's own JVM, which no coverage agent records; set forkCount to 1 or more"
assert log.count('[WARNING] subcov: the tests of maven-surefire-plugin:test (in-maven-jvm)' + inMavensJvm) == 2
assert log.count('[WARNING] subcov: the tests of maven-surefire-plugin:test (default-test)' + inMavensJvm) == 1
// (the third build skipped its tests and added no warning to these counts)
// the second build recorded nothing, and the report says which tests ran without the agent and why
def data = new File(basedir, 'target/subcov').absolutePath
assert log.count("subcov: no coverage data in $data: the tests of maven-surefire-plugin:test (default-test)"
        + inMavensJvm) == 1
assert log.count("subcov: no coverage data in $data: the tests of maven-surefire-plugin:test (in-maven-jvm)"
        + inMavensJvm) == 1
assert !log.contains('did subcov:prepare run')
