import groovy.json.JsonSlurper

def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def log = new File(basedir, 'build.log').text

// the app module's own report ran before the it module's tests: its unit tests only
def app = Coverage.of(new File(basedir, 'app'))
assert app.lines('app/Calc', 'add') == 1
assert app.lines('app/Calc', 'scale') == 0
assert app.lines('app/Server', 'main') == 0
assert app.lines('app/Platform', 'name') == 1
assert log.contains('subcov: skipping the report of it: no classes in')

// the whole build, at the root: the app's classes against every module's data; the it module's
// tests ran the app's jar as a child JVM
def build = Coverage.of(basedir)
def appInBuild = build.inGroup('app')
assert appInBuild.lines('app/Calc', 'add') == 1
assert appInBuild.lines('app/Calc', 'scale') == 2
assert appInBuild.missedLines('app/Calc', 'scale') == 1
assert appInBuild.lines('app/Server', 'main') == 3
// the multi-release jar: the unit tests ran the base class from target/classes, the child the Java 17 one
assert appInBuild.lines('app/Platform', 'name') == 1
assert build.inGroup('app (META-INF/versions/17)').lines('app/Platform', 'name') == 2
assert build.totalCoveredLines() == 9
assert !log.contains('was already read')
// each module's sources are found for its pages
assert new File(basedir, 'target/site/subcov/app/app/Calc.java.html').text.contains('public static int scale')
assert log.contains('subcov: the whole build (1 module): 5 JVMs (2 test JVMs, 3 spawned) — lines 81.8% (test JVMs alone 18.2%)')
assert log.count('subcov: report of the whole build in ') == 1
def processes = new JsonSlurper().parse(new File(basedir, 'target/site/subcov/processes.json')).processes
assert processes.collect { it.main }.findAll { !it.startsWith('surefirebooter') } == ['app.Server', 'app.Calc', 'shaded.app.Calc']
assert processes.find { it.main == 'app.Server' }.linesCovered == 7

// what the report cannot count is said once, by name
assert log.count('ran other bytes under this name than') == 1
assert log =~ /subcov: app\/Calc: JVM app\.Calc \(vm-[^)]+\) ran other bytes under this name than \S+app\/target\/classes\/app\/Calc\.class/
assert log.count('shaded/app/Calc (app/Calc)') == 1

// the check: the app module alone misses the rule, the whole build meets it and the process rule
assert log.contains('[WARNING] subcov: Rule violated for bundle app: lines covered ratio is 0.22, but expected minimum is 0.60')
assert log.contains('subcov: nothing to check in it: no classes in')
assert log.contains('subcov: the whole build: all 2 rules met.')
assert log.contains('BUILD SUCCESS')
