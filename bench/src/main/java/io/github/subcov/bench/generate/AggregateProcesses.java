package io.github.subcov.bench.generate;

import io.github.subcov.interceptor.data.DataFormat;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * The data directory of an aggregate build: {@value #PROCESSES} processes' {@code .exec} and
 * manifest, {@value #JVMS_PER_MODULE} per module, with real probes. The modules' compiled classes
 * are instrumented with JaCoCo's {@link Instrumenter} and run in this JVM; each process resets
 * JaCoCo's runtime data, runs its classes and collects what they hit, so class ids and probe
 * arrays are exactly those of the class files the report reads.
 *
 * <p>Each module's first JVM is a root (its test JVM, no parent) that runs every class of its
 * module; the others are its children and run a random {@value #HOME_PERCENT} % of their
 * module's classes and {@value #DEPENDENCY_PERCENT} % of each of three other modules' classes,
 * as tests exercise the modules they depend on. A class runs along its usual path in half of
 * the runs and along a random one of six paths in the others, and in
 * {@value #SECOND_PATH_PERCENT} % of the runs along a second random path too: every file
 * differs, and per class a handful of distinct probe sets occur.
 */
public final class AggregateProcesses {

    public static final int PROCESSES = 200;
    static final int JVMS_PER_MODULE = PROCESSES / AggregateProject.MODULES;
    static final int HOME_PERCENT = 60;
    static final int DEPENDENCY_PERCENT = 15;
    static final int SECOND_PATH_PERCENT = 30;
    /** Module m's processes also run modules m−1, m−3 and m−7 (modulo the module count). */
    private static final int[] DEPENDENCIES = {1, 3, 7};
    private static final long SEED = 17;

    /** What was written. */
    public static final class Written {
        /** Class entries over all files, and distinct (class, probes) pairs among them. */
        public final int classEntries;
        public final int distinctProbeSets;
        public final int classesRun;

        Written(int classEntries, int distinctProbeSets, int classesRun) {
            this.classEntries = classEntries;
            this.distinctProbeSets = distinctProbeSets;
            this.classesRun = classesRun;
        }
    }

    private AggregateProcesses() {
    }

    public static Written write(AggregateProject project, Path directory, String javaHome) throws Exception {
        LoggerRuntime runtime = new LoggerRuntime();
        RuntimeData runtimeData = new RuntimeData();
        runtime.startup(runtimeData);
        try {
            List<List<Method>> runs = load(project, new Instrumenter(runtime));
            return run(runs, runtimeData, directory, javaHome);
        } finally {
            runtime.shutdown();
        }
    }

    /** Every module's classes, instrumented and loaded, as their {@code run(int)} methods. */
    private static List<List<Method>> load(AggregateProject project, Instrumenter instrumenter) throws Exception {
        Map<String, byte[]> instrumented = new HashMap<String, byte[]>();
        for (int module = 0; module < AggregateProject.MODULES; module++) {
            for (String name : AggregateProject.classNames(module)) {
                Path file = project.classes(module).resolve(name.replace('.', '/') + ".class");
                instrumented.put(name, instrumenter.instrument(Files.readAllBytes(file), name));
            }
        }
        ClassLoader loader = new InstrumentedClasses(instrumented, AggregateProcesses.class.getClassLoader());
        List<List<Method>> runs = new ArrayList<List<Method>>();
        for (int module = 0; module < AggregateProject.MODULES; module++) {
            List<Method> methods = new ArrayList<Method>();
            for (String name : AggregateProject.classNames(module)) {
                methods.add(Class.forName(name, true, loader).getMethod("run", int.class));
            }
            runs.add(methods);
        }
        return runs;
    }

    private static Written run(List<List<Method>> runs, RuntimeData runtimeData, Path directory, String javaHome)
            throws Exception {
        Random random = new Random(SEED);
        long start = 1_800_000_000_000L;
        String[] ids = new String[PROCESSES];
        Set<String> probeSets = new HashSet<String>();
        Set<Long> classesRun = new HashSet<Long>();
        int entries = 0;
        for (int process = 0; process < PROCESSES; process++) {
            int module = process / JVMS_PER_MODULE;
            boolean root = process % JVMS_PER_MODULE == 0;
            ids[process] = String.format(Locale.ROOT, "bench-%d-%s", 200_000 + process,
                    Long.toString(process * 7919L + 29, 36));
            String parent = root ? null : ids[module * JVMS_PER_MODULE];
            runtimeData.reset();
            runModule(runs.get(module), module, root ? 100 : HOME_PERCENT, random);
            for (int dependency : DEPENDENCIES) {
                int other = Math.floorMod(module - dependency, AggregateProject.MODULES);
                runModule(runs.get(other), other, DEPENDENCY_PERCENT, random);
            }
            List<ExecutionData> hit = new ArrayList<ExecutionData>();
            runtimeData.collect(data -> {
                if (data.hasHits()) {
                    hit.add(new ExecutionData(data.getId(), data.getName(), data.getProbes().clone()));
                }
            }, session -> { }, false);
            for (ExecutionData data : hit) {
                probeSets.add(data.getId() + ":" + Arrays.toString(data.getProbes()));
                classesRun.add(data.getId());
            }
            entries += hit.size();
            long started = start + process * 400L;
            String moduleName = String.format(Locale.ROOT, "module-%02d", module);
            ProcessFiles.writeExec(DataFormat.execFile(directory.toFile(),
                    ids[process]).toPath(), ids[process], started, hit);
            ProcessFiles.writeManifest(DataFormat.manifestFile(directory.toFile(),
                    ids[process]).toPath(), ids[process], parent, 200_000 + process, started, javaHome,
                    javaHome + "/bin/java -javaagent:/build/subcov-interceptor.jar=config=/build/" + moduleName
                            + "/target/subcov-agent.properties -cp /build/" + moduleName + "/target/test-classes:/build/"
                            + moduleName + "/target/classes org.apache.maven.surefire.booter.ForkedBooter",
                    "/build/" + moduleName);
        }
        return new Written(entries, probeSets.size(), classesRun.size());
    }

    /** Runs {@code percent} % of a module's classes, each along one or two paths. */
    private static void runModule(List<Method> classes, int module, int percent, Random random) throws Exception {
        for (int index = 0; index < classes.size(); index++) {
            if (random.nextInt(100) >= percent) {
                continue;
            }
            int usual = Math.floorMod((module * 31 + index) * 0x9E3779B1, AggregateProject.PATHS);
            Method run = classes.get(index);
            run.invoke(null, random.nextBoolean() ? usual : random.nextInt(AggregateProject.PATHS));
            if (random.nextInt(100) < SECOND_PATH_PERCENT) {
                run.invoke(null, random.nextInt(AggregateProject.PATHS));
            }
        }
    }

    /** Defines the instrumented classes, and only those, itself. */
    private static final class InstrumentedClasses extends ClassLoader {
        private final Map<String, byte[]> classes;

        InstrumentedClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
