// the children wrote their own JaCoCo files and were left alone by subcov
assert new File(basedir, 'target/own-command.exec').length() > 0
assert new File(basedir, 'target/own-tool-options.exec').length() > 0
def data = new File(basedir, 'target/subcov').listFiles()
assert data.findAll { it.name.endsWith('.exec') }.size() == 1
def log = new File(basedir, 'build.log').text
assert log.contains('subcov: 1 JVMs (1 test JVM, 0 spawned)') || log.contains('subcov: 1 JVM (1 test JVM, 0 spawned)')
