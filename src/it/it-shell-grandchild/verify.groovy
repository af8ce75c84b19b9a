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
def byArg = { String arg -> manifests.find { it.command.contains(" app.Node $arg") } }
def root = manifests.find { it.parent == null }
assert byArg('level1').parent == root.id
assert byArg('level2').parent == byArg('level1').id
assert byArg('level3').parent == byArg('level2').id
assert byArg('shell').parent == root.id
assert byArg('script').parent == root.id
// each process is named by what it runs, without subcov's own options; secrets are masked everywhere
def site = new File(basedir, 'target/site/subcov')
def list = new File(site, 'processes.html').text
assert list.contains('>app.Node level3 --token ******</a>'): list
assert list.contains('>app.Node level1</a>'): list
assert !list.contains('-javaagent:') && !list.contains('subcov-interceptor'): list
def level3 = new File(site, "processes/${byArg('level3').id}.html").text
assert level3.contains('-Dpassword=******'): level3
assert level3.contains("<tr><td>Started by</td><td><a href=\"${byArg('level2').id}.html\""): level3
site.eachFileRecurse { assert !it.isFile() || !it.text.contains('hunter2'): it }
new File(basedir, 'target/subcov').eachFileMatch(~/.*\.json/) { assert !it.text.contains('hunter2'): it }
assert byArg('level3').command.contains('-Dpassword=****** ')

// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
