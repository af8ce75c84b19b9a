package io.github.subcov.report.analysis;

import io.github.subcov.report.internal.ParallelWork;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * The class files to report on, read into memory once: each process's coverage is analysed
 * against the same bytes, and reading them from disk per process would dominate the time.
 */
public final class ClassFiles {

    static final String MISSING_DIRECTORY = "class directory %s does not exist";
    static final String CANNOT_READ = "%s: cannot read the class file (%s)";

    private static final String CLASS_SUFFIX = ".class";

    /**
     * Where the class files of a multi-release layout keep the variants for newer JDKs:
     * {@code META-INF/versions/11/app/Engine.class} is {@code app.Engine} for Java 11 and later.
     */
    private static final Pattern RELEASE_VARIANT = Pattern.compile("META-INF/versions/(\\d{1,4})/(.+)");

    /**
     * One class file: its VM name with dots, the module it belongs to, the Java release of a
     * multi-release variant (0 for the base class), where it came from, and its bytes.
     */
    public static final class ClassFile {
        final String name;
        final String module;
        final int release;
        final File location;
        private final JacocoClassAnalysis analysis;

        ClassFile(String name, String module, int release, File location, byte[] bytes) {
            this.name = name;
            this.module = module;
            this.release = release;
            this.location = location;
            this.analysis = new JacocoClassAnalysis(bytes, location.getPath());
        }

        /** The file it was read from. */
        public File location() {
            return location;
        }

        /** The Java release of a multi-release variant ({@code META-INF/versions/N/}); 0 for a base class. */
        public int release() {
            return release;
        }

        /**
         * The class's coverage under the data in {@code store}, as JaCoCo's {@code Analyzer}
         * reports it; {@code null} for a module or package descriptor. What goes wrong names the file.
         */
        public IClassCoverage analyse(ExecutionDataStore store) throws IOException {
            return analysis.analyse(store);
        }

        /**
         * What {@code probes} of the class's id cover, once {@link #analyse} has run: the lines and
         * instructions covered are JaCoCo's, what is missed may leave out methods with no probe
         * hit. {@code null} when the probes do not fit the class.
         */
        public IClassCoverage coverage(boolean[] probes) {
            return analysis.coverage(probes);
        }
    }

    private ClassFiles() {
    }

    /**
     * Reads the {@code .class} files under the directories whose names match the filter, in a
     * stable order, so that reports of the same data are the same.
     */
    public static List<ClassFile> read(List<File> directories, ClassFilter filter, List<String> warnings) {
        return read("", directories, filter, warnings);
    }

    /**
     * As {@link #read(List, ClassFilter, List)}, for the classes of one module of a build. A
     * multi-release variant ({@code META-INF/versions/N/}) is filtered by the name of its class.
     */
    public static List<ClassFile> read(final String module, List<File> directories, ClassFilter filter,
            List<String> warnings) {
        final List<String> names = new ArrayList<String>();
        final List<Integer> releases = new ArrayList<Integer>();
        final List<Path> paths = new ArrayList<Path>();
        for (File directory : directories) {
            if (!directory.isDirectory()) {
                warnings.add(String.format(MISSING_DIRECTORY, directory));
                continue;
            }
            for (Path path : classFilesUnder(directory.toPath(), warnings)) {
                String relative = directory.toPath().relativize(path).toString().replace(File.separatorChar, '/');
                int release = 0;
                Matcher variant = RELEASE_VARIANT.matcher(relative);
                if (variant.matches()) {
                    release = Integer.parseInt(variant.group(1));
                    relative = variant.group(2);
                }
                String name = className(relative);
                if (filter.accepts(name)) {
                    names.add(name);
                    releases.add(release);
                    paths.add(path);
                }
            }
        }
        final ClassFile[] read = new ClassFile[paths.size()];
        final String[] problems = new String[paths.size()];
        // thousands of small files: overlapping their reads pays
        ParallelWork.run(paths.size(), new ParallelWork.Workers<ParallelWork.Worker>() {
            @Override
            public ParallelWork.Worker create() {
                return new ParallelWork.Worker() {
                    @Override
                    public void process(int item) {
                        Path path = paths.get(item);
                        try {
                            read[item] = new ClassFile(names.get(item), module, releases.get(item), path.toFile(),
                                    Files.readAllBytes(path));
                        } catch (IOException e) {
                            problems[item] = String.format(CANNOT_READ, path, e);
                        }
                    }
                };
            }
        });
        List<ClassFile> classes = new ArrayList<ClassFile>();
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null) {
                classes.add(read[i]);
            } else {
                warnings.add(problems[i]);
            }
        }
        return classes;
    }

    private static List<Path> classFilesUnder(Path directory, List<String> warnings) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(CLASS_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            warnings.add(String.format(CANNOT_READ, directory, e));
            return new ArrayList<Path>();
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.');
    }

    /** JaCoCo's agent syntax ({@code com.example.*:org.acme.Main}), so report and agent agree. */
    public static final class ClassFilter {
        private final WildcardMatcher includes;
        private final WildcardMatcher excludes;

        /** Patterns in JaCoCo's agent syntax; no includes means every class. */
        public ClassFilter(List<String> includes, List<String> excludes) {
            String included = join(includes);
            this.includes = new WildcardMatcher(included.isEmpty() ? "*" : included);
            this.excludes = new WildcardMatcher(join(excludes));
        }

        boolean accepts(String className) {
            return includes.matches(className) && !excludes.matches(className);
        }

        private static String join(List<String> patterns) {
            StringBuilder joined = new StringBuilder();
            for (String pattern : patterns) {
                if (pattern != null && !pattern.trim().isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : ":").append(pattern.trim());
                }
            }
            return joined.toString();
        }
    }
}
