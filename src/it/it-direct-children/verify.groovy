def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the test JVM itself (no argLine in the POM)
assert coverage.lines('app/Calc', 'add') == 1

// each way of starting a child JVM ran its own method, only in that child
['viaJavaHome', 'viaPath', 'viaJar', 'viaArgFile', 'viaExecArray', 'viaExecString'].each {
    assert coverage.lines('app/Worker', it) == 2: "$it not covered"
}
assert coverage.lines('app/Worker', 'pipelineSource') == 3
assert coverage.lines('app/Worker', 'pipelineFilter') == 4
assert coverage.lines('app/Worker', 'pipelineSink') == 6
assert coverage.lines('app/Worker', 'neverCalled') == 0

// one test JVM plus 9 children, each with its data file and manifest
def data = new File(basedir, 'target/subcov')
assert data.listFiles().findAll { it.name.endsWith('.exec') }.size() == 10
assert data.listFiles().findAll { it.name.endsWith('.json') }.size() == 10
assert new File(basedir, 'target/site/subcov/index.html').isFile()
assert new File(basedir, 'target/site/subcov/subcov.csv').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 10 JVMs (1 test JVM, 9 spawned)')

// the test JVM and every child name one jar, the interceptor and JaCoCo's agent joined, on the
// boot class path and as agent: each jar a JVM holds open costs every spawn it makes
def argLine = log.readLines().find { it.contains('argLine set to') }
assert argLine =~ /-Xbootclasspath\/a:\S*subcov-interceptor-boot-\p{XDigit}+\.jar -javaagent:\S*subcov-interceptor-boot-\p{XDigit}+\.jar=config=/
def children = data.listFiles().findAll { it.name.endsWith('.json') }
        .collect { new groovy.json.JsonSlurper().parse(it) }.findAll { it.parent != null }
assert children.size() == 9
children.each {
    // an argument file may name another JaCoCo agent, whose classes must come from its own jar
    def jar = it.command.contains(' @') ? /subcov-interceptor-[\d.]+(-SNAPSHOT)?/ : /subcov-interceptor-boot-\p{XDigit}+/
    assert it.command =~ /-Xbootclasspath\/a:\S*$jar\.jar -javaagent:\S*$jar\.jar=/: it.command
    assert !it.command.contains('org.jacoco.agent'): it.command
}
assert children.count { it.command.contains('subcov-interceptor-boot-') } == 8
