import groovy.json.JsonSlurper

def coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy')).of(basedir)

assert coverage.lines('app/Node', 'viaShell') == 2
assert coverage.lines('app/Node', 'viaScript') == 2
assert coverage.lines('app/Node', 'level1') == 3
assert coverage.lines('app/Node', 'level2') == 3
assert coverage.lines('app/Node', 'level3') == 2

// the manifests chain each JVM to the one that started it, through the shell
def manifests = new File(basedir, 'target/subcov').listFiles().findAll { it.name.endsWith('.json') }
        .collect { new JsonSlurper().parse(it) }
assert manifests.size() == 6
def byArg = { String arg -> manifests.find { it.command.endsWith(" app.Node $arg") } }
def root = manifests.find { it.parent == null }
assert byArg('level1').parent == root.id
assert byArg('level2').parent == byArg('level1').id
assert byArg('level3').parent == byArg('level2').id
assert byArg('shell').parent == root.id
assert byArg('script').parent == root.id
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
