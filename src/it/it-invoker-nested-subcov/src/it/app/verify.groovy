assert new File(basedir, 'target/stamp.txt').text == 'nested-app (nested)'
assert new File(basedir, 'target/site/subcov/subcov.xml').isFile()
