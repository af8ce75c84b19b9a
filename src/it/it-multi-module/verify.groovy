def Coverage = new GroovyClassLoader().parseClass(new File(itSupport, 'Coverage.groovy'))

def engine = Coverage.of(new File(basedir, 'engine'))
assert engine.lines('engine/Engine', 'spin') == 1
assert engine.lines('engine/Engine', 'main') == 2
def cli = Coverage.of(new File(basedir, 'cli'))
assert cli.lines('cli/Cli', 'version') == 1
assert cli.lines('cli/Cli', 'usage') == 1

assert !new File(basedir, 'docs/target/site/subcov').exists()
def log = new File(basedir, 'build.log').text
assert log.count('subcov: skipping the report of docs: no classes in') == 1
assert log.count('subcov: skipping the report of multi-module: no classes in') == 1
// the whole build's report at the root: both modules with classes, each as its own
def build = Coverage.of(basedir)
assert build.inGroup('engine').lines('engine/Engine', 'spin') == 1
assert build.inGroup('engine').lines('engine/Engine', 'main') == 2
assert build.inGroup('cli').lines('cli/Cli', 'version') == 1
assert log.count('subcov: report of the whole build in ') == 1
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
