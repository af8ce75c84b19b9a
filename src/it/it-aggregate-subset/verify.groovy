def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))
def log = new File(basedir, 'build.log').text

// -T 2 -pl it -am: the parent, app and lib (side by side), then it; never extra nor the root
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('Building extra 1.0')
assert !new File(basedir, 'extra/target').exists()

// the whole build's report, in the directory Maven ran in though the root is not in the build,
// once, over the three modules with classes
assert log.count('subcov: report of the whole build in ') == 1
assert log.contains('subcov: the whole build (3 modules): 4 JVMs (3 test JVMs, 1 spawned) — lines 85.7%')
def build = Coverage.of(basedir)
// the unit test greets "", the app JVM that it's test starts from app's jar greets "x x x"
assert build.inGroup('app').lines('app/Main', 'greet') == 3
assert build.inGroup('app').lines('app/Main', 'main') == 2
assert build.inGroup('lib').lines('lib/Words', 'twice') == 1
assert build.inGroup('lib').lines('lib/Words', 'thrice') == 1
assert build.inGroup('it').lines('it/Launcher', 'run') == 5
assert build.totalCoveredLines() == 12
assert !new File(basedir, 'target/site/subcov/subcov.xml').text.contains('extra')
assert new File(basedir, 'target/site/subcov/lib/lib/Words.java.html').isFile()
