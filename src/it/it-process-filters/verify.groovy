import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

// app.Worker is excluded: no line of it is covered, started directly or behind a shell
assert coverage.lines('app/Worker', 'main') == 0
assert coverage.lines('app/Worker', 'direct') == 0
assert coverage.lines('app/Worker', 'viaShell') == 0
assert coverage.missedLines('app/Worker', 'viaShell') == 7

// app.Server is covered, also the one that the shell-started Worker started
assert coverage.lines('app/Server', 'direct') == 2
assert coverage.lines('app/Server', 'viaShell') == 3
assert coverage.lines('app/Server', 'belowWorker') == 4

def data = new File(basedir, 'target/subcov')
def manifests = data.listFiles().findAll { it.name.endsWith('.json') }.collect { new JsonSlurper().parse(it) }
def skipped = manifests.findAll { it.skippedBy != null }
assert skipped.size() == 2
assert skipped.every { it.skippedBy == 'subcov.processExcludes' && it.main == 'app.Worker' }
assert skipped.every { !new File(data, "${it.id}.exec").exists() }
// the direct one never ran subcov: its parent wrote its manifest; the shell-started one wrote its own
def direct = skipped.find { it.pid == null }
def behindShell = skipped.find { it.pid != null }
def root = manifests.find { it.parent == null }
assert direct.parent == root.id && direct.command.endsWith(' app.Worker direct')
assert behindShell.parent == root.id && behindShell.command.endsWith(' app.Worker shell')
def below = manifests.find { it.command?.endsWith(' app.Server below') }
assert below.parent == behindShell.id
assert new File(data, "${below.id}.exec").isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 4 JVMs (1 test JVM, 3 spawned)')
assert log.contains('subcov: 2 JVMs skipped by subcov.processExcludes: app.Worker (2)')
assert !log.contains('recorded nothing')
