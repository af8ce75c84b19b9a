import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

['exitFromThread', 'uncaught', 'halt', 'haltInHook', 'sigterm', 'destroyForcibly', 'sigkill'].each {
    assert coverage.lines('app/Ending', it) == 1: "$it lost its coverage"
}

def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
def byMode = { String mode -> manifests.find { it.command.endsWith(" app.Ending $mode") } }
assert byMode('halt').ending == 'halt'
assert byMode('halt-in-hook').ending in ['halt', 'exit']
assert byMode('exit-from-thread').ending == 'exit'
assert byMode('uncaught').ending == 'exit'
assert byMode('sigterm').ending == 'exit'
// SIGKILL leaves the manifest as the last snapshot wrote it
assert byMode('destroy-forcibly').ending == 'running'
assert byMode('destroy-forcibly').lastDumpMillis != null
assert byMode('sigkill').ending == 'running'
assert byMode('sigkill').lastCheckpointMillis != null
assert !new File(basedir, 'target/subcov').listFiles().any { it.name.endsWith('.tmp') || it.name.endsWith('.dump') }

// the JVM killed before its first checkpoint recorded nothing, and the build says so
def log = new File(basedir, 'build.log').text
assert log.readLines().any { it.startsWith('[WARNING] subcov: process ') && it.contains('recorded nothing (killed before its first checkpoint, or still running)') && it.endsWith(' app.Ending killed-early') }
