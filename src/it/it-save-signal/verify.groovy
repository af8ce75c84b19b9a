import groovy.json.JsonSlurper

def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
def daemon = manifests.find { it.command.contains(' app.Daemon ') }
assert daemon != null
// killed with SIGKILL and checkpoints off: its data is the signal's snapshot alone
assert daemon.ending == 'running'
assert daemon.lastDumpMillis != null
assert daemon.warnings == []
def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)
assert coverage.lines('app/Daemon', 'serve') == 2
// ran after the snapshot: it ran, but no snapshot has it
assert coverage.lines('app/Daemon', 'later') == 0
assert new File(basedir, 'target/daemon.again').text == 'later again'
