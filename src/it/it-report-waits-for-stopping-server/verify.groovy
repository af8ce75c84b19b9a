import groovy.json.JsonSlurper

def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
def server = manifests.find { it.command.contains(' app.Server ') }
def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)
// farewell ran in the server's shutdown hook after the report had asked for a snapshot, and the hook
// ran to its end: its wait for the request, the pause after it, the call
assert coverage.lines('app/Server', 'farewell') == 2
assert coverage.lines('app/Server', 'lateShutdown') == 6
assert server.ending == 'exit'
assert server.endMillis > new File(basedir, 'target/subcov/all.dump').lastModified()
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 1 of 1 covered JVMs still running wrote a snapshot or ended within ')
assert !log.contains('did not answer')
