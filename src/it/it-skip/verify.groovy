assert !new File(basedir, 'target/subcov').exists()
assert !new File(basedir, 'target/subcov-agent.properties').exists()
assert !new File(basedir, 'target/site/subcov').exists()
def log = new File(basedir, 'build.log').text
assert log.count('Skipping subcov: subcov.skip is true.') == 2
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
// maven-plugin's profile other-mavens runs this IT again on Maven $otherMaven: the build says so
assert !binding.hasVariable('otherMaven') || new File(basedir, 'build.log').text.contains("Apache Maven $otherMaven ")
