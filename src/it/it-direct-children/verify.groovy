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

// processes.json: the same processes for machines, their lines as the XML report counts them
def processes = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/site/subcov/processes.json'))
assert processes.formatVersion == 1 && processes.processView == true
assert processes.processes.size() == 10
def testJvm = processes.processes.find { it.parent == null }
assert testJvm.ending == 'exit' && testJvm.main =~ /surefirebooter.*\.jar/: testJvm
// Surefire started it (through sh -c, whose child it is)
assert testJvm.buildStep == 'maven-surefire-plugin:test (default-test) @ direct-children': testJvm
// the test JVM ran only Calc.add of the project's classes
assert testJvm.linesCovered == coverage.lines('app/Calc', 'add')
assert testJvm.uniqueLinesCovered == coverage.lines('app/Calc', 'add')
def commands = data.listFiles().findAll { it.name.endsWith('.json') }
        .collect { new groovy.json.JsonSlurper().parse(it) }.collectEntries { [(it.id): it.command] }
def methods = ['java-home': 'viaJavaHome', 'path': 'viaPath', 'jar': 'viaJar', 'argfile': 'viaArgFile',
               'exec-array': 'viaExecArray', 'exec-string': 'viaExecString', 'source': 'pipelineSource',
               'filter': 'pipelineFilter', 'sink': 'pipelineSink']
def spawned = processes.processes.findAll { it.parent != null }
assert spawned.size() == 9
spawned.each { child ->
    assert child.parent == testJvm.id && child.ending == 'exit' && child.skippedBy == null: child
    // a JVM that the test JVM started names no build step: its parent's is the one
    assert child.containsKey('buildStep') && child.buildStep == null
    // the argument file holds the child's argument; the JVM still knows its main class
    def argument = commands[child.id].contains(' @') ? 'argfile' : commands[child.id].tokenize(' ').last()
    assert child.main == (argument == 'jar' ? commands[child.id].find(/worker\d*\.jar/) : 'app.Worker'): child
    // its own method, its own case of main's switch; the switch and main's end every child ran
    def own = coverage.lines('app/Worker', methods[argument])
    assert child.uniqueLinesCovered == own + 1: child
    assert child.linesCovered == own + 3: child
}
// what only each child covered, and the two lines of main they all ran, make the XML's Worker
def workerLines = coverage.lines('app/Worker', 'main') + methods.values().sum { coverage.lines('app/Worker', it) }
assert spawned.sum { it.uniqueLinesCovered } + 2 == workerLines
