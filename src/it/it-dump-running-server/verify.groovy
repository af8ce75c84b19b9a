import groovy.json.JsonSlurper

def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
def daemon = manifests.find { it.command.contains(' app.Daemon ') }
try {
    def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)
    // checkpoints were off: only the dump can have written the daemon's data
    assert coverage.lines('app/Daemon', 'serve') == 2
    assert daemon.ending == 'running'
    assert daemon.lastDumpMillis != null
    assert daemon.lastCheckpointMillis >= daemon.lastDumpMillis
    // it kept running after the dump
    assert "kill -0 ${daemon.pid}".execute().waitFor() == 0
    def log = new File(basedir, 'build.log').text
    assert log.contains('subcov: 1 of 1 running JVMs wrote a snapshot')
} finally {
    "kill -9 ${daemon.pid}".execute().waitFor()
}
