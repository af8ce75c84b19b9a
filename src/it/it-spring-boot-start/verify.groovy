import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)
def controller = 'app/GreetingController'
def application = 'app/GreetingApplication'

// the app's JVM, which spring-boot:start forked from Maven's, ran both ways of the handler
assert coverage.lines(controller, 'greet') == 3
assert coverage.missedLines(controller, 'greet') == 0
assert coverage.branches(controller, 'greet') == 2
assert coverage.missedBranches(controller, 'greet') == 0
// spring-boot:stop closed the context and returned; the JVM then ran its shutdown handler, whose
// last call came after the report had asked for a snapshot
assert coverage.lines(controller, 'closing') == 3
assert coverage.lines(application, 'lateShutdown') == 6
assert coverage.lines(application, 'farewell') == 2
assert coverage.lines(controller, 'neverCalled') == 0
assert coverage.missedLines(controller, 'neverCalled') == 2

def dataDirectory = new File(basedir, 'target/subcov')
def manifests = dataDirectory.listFiles().findAll { it.name.endsWith('.json') }
def app = manifests.findAll { it.text.contains(' app.GreetingApplication ') }
assert app.size() == 1
assert app[0].text.contains('"parent": "maven-')
def appManifest = new JsonSlurper().parse(app[0])
assert appManifest.ending == 'exit'
assert appManifest.endMillis > new File(dataDirectory, 'all.dump').lastModified()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('Picked up JAVA_TOOL_OPTIONS')
// JDK 21 and later warn of the dynamically loaded agent; subcov says once what it is and how to silence it
if (log.contains('WARNING: A Java agent has been loaded dynamically')) {
    assert log.count("subcov: the JVM's warning above that an agent was loaded dynamically is subcov's launch hook") == 1
}
assert log.contains('subcov: 1 of 1 covered JVMs still running wrote a snapshot or ended within ')
assert !log.contains('did not answer')
// the dash may come out as another character where Maven's console is not UTF-8
assert log =~ /(?m)^\[INFO\] subcov: 2 JVMs \(1 test JVM, 1 spawned\) \S+ lines 83\.3% \(test JVM alone 0\.0%\)$/
