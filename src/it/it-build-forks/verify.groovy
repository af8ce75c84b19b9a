def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// each JVM that a mojo started ran its part of the tool, in Maven's JVM nothing did
assert coverage.lines('app/Tool', 'serving') == 3
assert coverage.lines('app/Tool', 'viaExec') == 3
assert coverage.lines('app/Tool', 'viaAntrun') == 3
assert coverage.lines('app/Tool', 'viaScript') == 3
assert coverage.lines('app/Tool', 'neverRun') == 0
def log = new File(basedir, 'build.log').text
assert log.contains('tool run by exec:exec')
assert log.contains('tool run by antrun')
assert log.contains('tool run by a script')
// the script's JVM printed its JAVA_TOOL_OPTIONS line on the pipe exec:exec reads: taken out there
assert !log.contains('Picked up JAVA_TOOL_OPTIONS')
assert log.contains('subcov: 4 JVMs (0 test JVMs, 4 spawned)')
assert log.contains('subcov: 1 of 1 covered JVMs still running wrote a snapshot')
def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
assert manifests.size() == 4
manifests.each { assert it.text.contains('"parent": "maven-') }

// processes.json names the build step that started each JVM: three exec:exec executions and antrun's;
// the script's JVM is the shell's child, which the step started
def commands = manifests.collect { new groovy.json.JsonSlurper().parse(it) }.collectEntries { [(it.id): it.command] }
def processes = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/site/subcov/processes.json')).processes
assert processes.size() == 4
def stepsByToolArgument = processes.collectEntries { [(commands[it.id].tokenize(' ').find { it in ['serve', 'exec', 'script', 'antrun'] }): it.buildStep] }
assert stepsByToolArgument == [
        serve: 'exec-maven-plugin:exec (start-server) @ build-forks',
        exec: 'exec-maven-plugin:exec (run-tool) @ build-forks',
        script: 'exec-maven-plugin:exec (run-tool-in-script) @ build-forks',
        antrun: 'maven-antrun-plugin:run (run-tool-in-ant) @ build-forks']: stepsByToolArgument
def records = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.step') }
// one per launch of a mojo: the three JVMs and the script's shell
assert records.size() == 4: records
assert !log.contains('could not record')
assert !log.contains("Sharing is only supported")
// JDK 21 and later warn of the dynamically loaded agent; subcov says once what it is and how to silence it
if (log.contains('WARNING: A Java agent has been loaded dynamically')) {
    assert log.count("subcov: the JVM's warning above that an agent was loaded dynamically is subcov's launch hook") == 1
}
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
