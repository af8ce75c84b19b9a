import groovy.json.JsonSlurper

def reportOf = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def manifestsIn = { File dir -> new File(dir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) } }
def nested = new File(basedir, 'target/it/app')

// this build's report: its mojo, which ran only in the Maven that the invoker forked
def plugin = reportOf.of(basedir)
assert plugin.lines('stamp/StampMojo', 'execute') == 6
assert plugin.lines('stamp/Stamp', 'of') == 2
assert plugin.missedLines('stamp/Stamp', 'of') == 1
def pluginJvms = manifestsIn(basedir)
assert pluginJvms.size() == 1: pluginJvms*.command
assert pluginJvms[0].command.contains('org.codehaus.plexus.classworlds.launcher.Launcher')
assert pluginJvms[0].parent.startsWith('maven-')
assert new File(basedir, 'build.log').text.contains('subcov: 1 JVM (0 test JVMs, 1 spawned)')
def stepsIn = { File dir -> new JsonSlurper().parse(new File(dir, 'target/site/subcov/processes.json')).processes
        .collectEntries { [(it.id): it.buildStep] } }
// the forked Maven is the child of the shell that the invoker's goal started
assert stepsIn(basedir) == [(pluginJvms[0].id): 'maven-invoker-plugin:run (integration-test) @ invoker-nested-subcov']

// the IT's own report, made by the subcov that ran inside the forked Maven: its test JVM and the
// two children that test started, each recorded there alone and with that build's agent alone
def app = reportOf.of(nested)
assert app.lines('app/Shapes', 'rectangle') == 2
assert app.lines('app/Shapes', 'square') == 2
assert app.lines('app/Shapes', 'triangle') == 2
assert app.lines('app/Shapes', 'main') == 4
def appJvms = manifestsIn(nested)
assert appJvms.size() == 3: appJvms*.command
def testJvm = appJvms.find { it.parent == null }
assert appJvms.count { it.parent == testJvm.id } == 2
// the forked Maven's own subcov names the step that started its test JVM; the test JVM's children none
def appSteps = stepsIn(nested)
assert appSteps.remove(testJvm.id) == 'maven-surefire-plugin:test (default-test) @ nested-app'
assert appSteps.size() == 2 && appSteps.values().every { it == null }: appSteps
def itLog = new File(nested, 'build.log').text
assert itLog.contains('subcov: 3 JVMs (1 test JVM, 2 spawned)')
assert itLog.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert !itLog.contains('Picked up JAVA_TOOL_OPTIONS')
def config = new File(nested, 'target/subcov-agent.properties').absolutePath
appJvms.findAll { it.command.contains('-javaagent') }.each {
    assert it.command.count('-javaagent') == 1: it.command
    assert it.command.contains("config=$config"): it.command
}
for (jvm in pluginJvms + appJvms) {
    assert jvm.warnings.isEmpty(): jvm
}
