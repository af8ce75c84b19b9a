def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'coverage')
// the tests ran covered: only the report could not do its job
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/subcov').listFiles().any { it.name.endsWith('.exec') }
assert log.contains("subcov: cannot write into ${file}: it is a file, not a directory."
        + ' Set subcov.outputDirectory to a directory, or move the file away.')
assert file.isFile()
// it failed before combining, and with the goal named
assert !new File(basedir, 'target/subcov.exec').exists()
assert log.contains('Failed to execute goal io.github.subcov:subcov-maven-plugin:')
assert log.contains('BUILD FAILURE')
