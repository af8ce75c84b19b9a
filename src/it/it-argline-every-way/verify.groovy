def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))

def log = new File(basedir, 'build.log').text
// each module's test JVM ran Options.way (2 lines) with the user's options (its tests assert those)
for (maven in ['3.8.7', '3.9.11', '4.0.0-rc-5']) {
    assert log.count("Apache Maven $maven ") == 3
    for (module in ['cli', 'literal', 'pom-property', 'profile', 'maven-config']) {
        def coverage = Coverage.of(new File(basedir, module), "target/site/subcov-$maven")
        assert coverage.lines('app/Options', 'way') == 2: "Maven $maven, $module"
        assert coverage.missedLines('app/Options', 'way') == 0: "Maven $maven, $module"
    }
}
def outranks = 'subcov: argLine given with -D (command line, .mvn/maven.config or MAVEN_OPTS) outranks the one' +
        ' subcov:prepare set, for maven-surefire-plugin:test; adding the coverage agent in front of'
assert log.count(outranks + ' "-Xmx201m -Dway=command-line"') == 3
assert log.count(outranks + ' "-Xmx205m"') == 3
assert log.count('the <argLine> of maven-surefire-plugin:test does not use ${argLine}; adding the coverage agent' +
        ' in front of "-Xmx202m -Dway=literal"') == 3
// a module's report counts the test JVMs of the modules of its build that ran before it, too;
// the last module of each build of two also reports on the whole build
assert log.count('subcov: 1 JVM (1 test JVM, 0 spawned)') == 9
assert log.count('subcov: 2 JVMs (2 test JVMs, 0 spawned)') == 6
assert log.count('subcov: the whole build (2 modules): 2 JVMs (2 test JVMs, 0 spawned) — lines 100.0%') == 6
assert !log.contains('no coverage data')
assert !log.contains('without the coverage agent')
// each module's argLine names its own agent once, not also those of the modules built before it
log.eachLine { line ->
    if (line.contains('subcov: argLine set to')) {
        assert line.count('-javaagent:') == 1: line
    }
}
