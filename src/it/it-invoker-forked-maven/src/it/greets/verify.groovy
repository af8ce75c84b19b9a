assert new File(basedir, 'target/greeting.txt').text == 'Hello, invoker!'
