import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// the mojo ran only in the Maven that the invoker forked, and counts in the plugin's own report
assert coverage.lines('greeter/GreetMojo', 'execute') == 6
assert coverage.missedLines('greeter/GreetMojo', 'execute') == 2
assert coverage.lines('greeter/Greeting', 'of') == 2
assert coverage.lines('greeter/Greeting', 'loud') == 0
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 1 JVM (0 test JVMs, 1 spawned)')

// one covered JVM: the forked Maven, started from this build's Maven
def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
assert manifests.size() == 1
assert manifests[0].parent.startsWith('maven-')
assert manifests[0].command.contains('org.codehaus.plexus.classworlds.launcher.Launcher')
assert manifests[0].warnings.isEmpty()

// the IT's own build ran and printed what it prints without subcov: the agent came through
// MAVEN_OPTS, which the mvn script puts on java's command line, so no Picked up line
def itLog = new File(basedir, 'target/it/greets/build.log').text
assert itLog.contains('[INFO] Hello, invoker!')
assert !itLog.contains('Picked up JAVA_TOOL_OPTIONS')
assert itLog.contains('BUILD SUCCESS')
