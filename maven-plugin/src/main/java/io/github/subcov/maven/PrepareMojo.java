package io.github.subcov.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.subcov.interceptor.setup.BootJar;
import io.github.subcov.interceptor.launch.AgentFlags;
import io.github.subcov.interceptor.launch.ProcessFilter;
import io.github.subcov.interceptor.launch.SecretMask;
import io.github.subcov.maven.forks.BuildForks;
import io.github.subcov.interceptor.data.SaveSignal;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Prepares coverage of every JVM that the build's tests start, and of those that Maven itself
 * starts in the module: sets {@code argLine} (keeping its value after subcov's options) and
 * {@code subcov.argLine} to the options that put subcov's agent into a test JVM, writes the config
 * that each covered JVM reads, and empties the data directory. A test run whose {@code <argLine>}
 * ignores the property gets the agent in front of it all the same. Runs by default in the
 * {@code initialize} phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareMojo extends AbstractSubcovMojo {

    static final String INTERCEPTOR_KEY = "io.github.subcov:subcov-interceptor";
    static final String JACOCO_AGENT_KEY = "org.jacoco:org.jacoco.agent";
    static final String SUBCOV_ARG_LINE = "subcov.argLine";
    /** Project context key: prepare ran for the project in this build. */
    static final String PREPARED = PrepareMojo.class.getName();

    /**
     * The classes that JaCoCo records in every covered JVM: class name patterns in JaCoCo's syntax,
     * separated by {@code :}, where {@code *} stands for any characters and {@code ?} for one, such
     * as {@code com.example.*:org.acme.Main}. In a Maven plugin, naming its own packages keeps the
     * Mavens that its ITs fork fast. Default: every class.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.includes")
    private String includes;

    /**
     * The classes that JaCoCo does not record, in the syntax of {@link #includes}, such as
     * {@code com.example.generated.*}; an exclude wins over an include. subcov's own agent is never
     * recorded. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.excludes")
    private String excludes;

    /**
     * The project property that receives the options that cover a test JVM, in front of the value
     * it had: Surefire and Failsafe read {@code argLine}; name another for a plugin that reads
     * another. {@code subcov.argLine} gets subcov's options alone, whatever this says. A property
     * name; default {@code argLine}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.propertyName", defaultValue = "argLine")
    private String propertyName;

    /**
     * How often, in milliseconds, a covered JVM writes a snapshot while it runs, and only when its
     * coverage changed, so that a JVM killed with {@code SIGKILL} loses at most this much:
     * {@code 0} or more; {@code 0} turns checkpoints off. Default {@code 1000}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.checkpointMillis", defaultValue = "1000")
    private long checkpointMillis;

    /**
     * A signal that makes every covered JVM write a snapshot and keep running, as {@code dump}
     * does, for a JVM that is easier to reach with {@code kill -USR1 <pid>} than with Maven.
     * {@code USR1} (also {@code SIGUSR1}) or {@code off}, the default: HotSpot keeps {@code USR2}
     * for itself, and {@code HUP}, {@code INT} and {@code TERM} already end a JVM with a snapshot.
     * An application that handles the signal itself keeps it; its manifest says so. Needs a JVM
     * of Java 9 or later: HotSpot 8 keeps {@code USR1} too, and such a JVM notes in its manifest
     * that it takes no signal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.saveSignal", defaultValue = SaveSignal.OFF)
    private String saveSignal;

    /**
     * The JVMs to cover among those that the tests and Maven start, such as an application's
     * server; the test JVMs themselves, which get the agent through {@code argLine}, are always
     * covered. Comma-separated patterns, each matched against the whole of a JVM's main class
     * ({@code com.example.App}), the file name of the jar it runs with {@code -jar}
     * ({@code app-1.0.jar}) and its command line, the arguments joined by spaces: {@code *} stands
     * for any characters, dots included, {@code ?} for one (JaCoCo's wildcards). For example
     * {@code com.example.*,app-*.jar}. A JVM that no pattern matches is skipped, as with
     * {@link #processExcludes}. Default: every JVM.
     *
     * @since 0.1.0
     */
    @Parameter(property = ProcessFilter.INCLUDES)
    private String processIncludes;

    /**
     * The JVMs not to cover among those that the tests and Maven start, in the syntax of
     * {@link #processIncludes}; an exclude wins over an include. A skipped JVM that is started with
     * {@code java} directly gets no agent, and neither do the JVMs it starts; one whose main class
     * its parent cannot see (started through a shell or a script, which hands the agent down in
     * {@code JAVA_TOOL_OPTIONS}, or named in an argument file) records nothing, and the JVMs it starts
     * are covered or skipped on their own terms. {@code report} names the skipped JVMs. For example
     * {@code org.codehaus.plexus.classworlds.launcher.Launcher}, the Maven that invoker ITs start.
     * Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = ProcessFilter.EXCLUDES)
    private String processExcludes;

    /**
     * The names of options, system properties and variables whose values are secrets, which no
     * manifest and no report shows: comma-separated patterns, case ignored, where {@code *} stands
     * for any characters and {@code ?} for one. A command line's {@code -Dname=value},
     * {@code --name=value}, {@code NAME=value} and {@code --name value} then read
     * {@code name=******}, as does the password of a URL ({@code https://user:******@host}).
     * {@code none} masks nothing. {@code report} masks again by its own value of this property, for
     * data of older agents. Default
     * {@code *password*,*passwd*,*secret*,*token*,*credential*,*api?key*,*apikey*,*private?key*,*_key,key}.
     *
     * @since 0.1.0
     */
    @Parameter(property = SecretMask.PROPERTY)
    private String maskPatterns;

    /**
     * Whether to keep what earlier runs recorded in the data directory, so that {@code report}
     * covers them and this run together: {@code true} or {@code false}; default {@code false}, which
     * removes the {@code .exec} and {@code .json} files of earlier runs first.
     *
     * @since 0.1.0
     */
    @Parameter(property = "subcov.append", defaultValue = "false")
    private boolean append;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    @Override
    protected void executeMojo() throws MojoExecutionException {
        JacocoAgentArguments jacocoArguments = JacocoAgentArguments.of(includes, excludes);
        if (checkpointMillis < 0) {
            throw new MojoExecutionException("subcov.checkpointMillis is " + checkpointMillis
                    + ": use a number of milliseconds, or 0 to turn checkpoints off.");
        }
        String signal = saveSignal(saveSignal);
        String includedProcesses = processPatterns(ProcessFilter.INCLUDES, processIncludes);
        String excludedProcesses = processPatterns(ProcessFilter.EXCLUDES, processExcludes);
        String masked = maskPatterns(maskPatterns);
        File configFile = new File(project().getBuild().getDirectory(), "subcov-agent.properties");
        new DataDirectory(dataDirectory(), getLog()).prepare(append, new File(session.getExecutionRootDirectory()));
        File interceptorJar = agentJar(INTERCEPTOR_KEY);
        File jacocoJar = agentJar(JACOCO_AGENT_KEY);
        File bootJar = bootJar(interceptorJar, jacocoJar);
        AgentConfigFile.write(configFile, dataDirectory(), interceptorJar, jacocoJar, bootJar, jacocoArguments.value(),
                checkpointMillis, signal, includedProcesses, excludedProcesses, masked);

        boolean jacocoAgentToo = runsJacocoPrepareAgent();
        if (jacocoAgentToo) {
            getLog().warn("subcov: jacoco-maven-plugin:prepare-agent also runs in this build. A JVM must not load"
                    + " JaCoCo twice: subcov records the test JVM through that JaCoCo agent and starts its own"
                    + " only in JVMs that have none.");
        }
        // that agent may be another JaCoCo version, whose classes the boot class path must not shadow
        CoveredJvmOptions options = new CoveredJvmOptions(interceptorJar.getAbsolutePath(),
                jacocoAgentToo ? null : jacocoJar.getAbsolutePath(), bootJar == null ? null : bootJar.getAbsolutePath(),
                configFile.getAbsolutePath());
        String current = currentValue(propertyName);
        project().getProperties().setProperty(propertyName, CoveredJvmOptions.prepend(options.argLineBeside(current), current));
        project().getProperties().setProperty(SUBCOV_ARG_LINE, options.argLine());
        ArgLineInjector.register(session, project(), options, getLog());
        // the config's own flags: JaCoCo's jar may join the boot class path of a JVM Maven starts,
        // whatever the test JVM's argLine needs beside a JaCoCo agent of the user's
        coverMavensForks(new AgentFlags(interceptorJar.getAbsolutePath(), jacocoJar.getAbsolutePath(),
                bootJar == null ? null : bootJar.getAbsolutePath(), configFile.getAbsolutePath()),
                includedProcesses == null && excludedProcesses == null ? null
                        : ProcessFilter.of(includedProcesses, excludedProcesses), masked);
        project().setContextValue(PREPARED, Boolean.TRUE);
        BuildLedger.of(session).prepared(project(), dataDirectory());
        getLog().info("subcov: " + propertyName + " set to " + project().getProperties().getProperty(propertyName));
    }

    /**
     * As {@code jacoco:prepare-agent} does when skipped: Surefire would otherwise hand a test JVM
     * the words <code>@{argLine}</code> or <code>${argLine}</code> of its {@code <argLine>}, and
     * the JVM would not start.
     */
    @Override
    protected void skipped() {
        emptyArgLinesWhereUnset();
    }

    /**
     * A bug of subcov's in prepare costs the build its coverage, not its tests: they run, without
     * subcov's agent, and the build goes on.
     */
    @Override
    protected void internalError(Throwable bug) {
        emptyArgLinesWhereUnset();
        getLog().warn(String.format(INTERNAL_ERROR, bug, ": the tests run without coverage", "below"), bug);
    }

    /** The properties prepare sets, empty where the project has none; a value that the user set stays. */
    private void emptyArgLinesWhereUnset() {
        for (String name : new String[] {propertyName, SUBCOV_ARG_LINE}) {
            if (project().getProperties().getProperty(name) == null) {
                project().getProperties().setProperty(name, "");
                getLog().info("subcov: " + name + " set to the empty string");
            }
        }
    }

    /** The signal's name for the config, or null when off; the rule is the interceptor's, which reads it. */
    static String saveSignal(String value) throws MojoExecutionException {
        try {
            return SaveSignal.parse(value);
        } catch (IllegalArgumentException refused) {
            throw new MojoExecutionException(refused.getMessage());
        }
    }

    /** The value as the config holds it, or null for none; the rule is the interceptor's, which reads it. */
    static String processPatterns(String property, String value) throws MojoExecutionException {
        try {
            return ProcessFilter.check(property, value);
        } catch (IllegalArgumentException refused) {
            throw new MojoExecutionException(refused.getMessage());
        }
    }

    /** The value as the config holds it, or null for the default; the rule is the interceptor's, which reads it. */
    static String maskPatterns(String value) throws MojoExecutionException {
        try {
            return SecretMask.check(SecretMask.PROPERTY, value);
        } catch (IllegalArgumentException refused) {
            throw new MojoExecutionException(refused.getMessage());
        }
    }

    /**
     * The JVMs that Maven itself starts in this module: spring-boot:start, exec:exec, antrun, invoker.
     * Where Maven's JVM refuses the hook, the first module's prepare says so for the whole build.
     */
    private void coverMavensForks(AgentFlags flags, ProcessFilter filter, String maskPatterns) {
        try {
            if (BuildForks.cover(ArgLineInjector.key(project()), flags, filter, dataDirectory(), maskPatterns,
                    getLog()::warn)
                    && !System.getProperty("java.specification.version").startsWith("1.")
                    && Integer.parseInt(System.getProperty("java.specification.version")) >= 21) {
                getLog().info("subcov: the JVM's warning above that an agent was loaded dynamically is subcov's"
                        + " launch hook for the JVMs Maven starts; -XX:+EnableDynamicAgentLoading in"
                        + " .mvn/jvm.config silences it");
            }
        } catch (Exception | LinkageError refused) {
            getLog().warn("subcov: JVMs that Maven itself starts in this build (exec:exec, spring-boot:start, antrun's"
                    + " java fork) are not covered, as Maven's JVM did not let subcov's launch hook in (" + refused
                    + "). Run Maven on a full JDK that allows agents: with the jdk.attach module, and without"
                    + " -XX:+DisableAttachMechanism or -XX:-EnableDynamicAgentLoading in MAVEN_OPTS or"
                    + " .mvn/jvm.config. The test JVMs and what they start are covered either way.");
        }
    }

    private File agentJar(String key) throws MojoExecutionException {
        Artifact artifact = pluginArtifactMap.get(key);
        if (artifact == null || artifact.getFile() == null) {
            throw new MojoExecutionException("subcov: the plugin's dependency " + key + " did not resolve;"
                    + " check that Maven can download it.");
        }
        return artifact.getFile();
    }

    /**
     * The interceptor and JaCoCo's agent in one jar, beside the interceptor in the local
     * repository, where {@code mvn clean} cannot take it from a JVM that is still to start (a JVM
     * whose agent jar is missing does not start). Null, and the two jars named, where it cannot
     * be written.
     */
    private File bootJar(File interceptorJar, File jacocoJar) {
        try {
            return BootJar.in(interceptorJar.getParentFile(), interceptorJar, jacocoJar, UUID.randomUUID().toString());
        } catch (IOException | RuntimeException unwritable) {
            getLog().info("subcov: cannot write the agents' joint jar beside " + interceptorJar + " (" + unwritable
                    + "); covered JVMs name the interceptor and JaCoCo's jar instead, and start the same");
            return null;
        }
    }

    /**
     * The value a mojo would get for {@code ${name}}, in Maven's order: the request's system
     * properties (in Maven 3 they hold every {@code -D} value too), the user properties, the
     * project's. Only the project's is changed: the others are the whole session's, shared by every
     * module, and {@link ArgLineInjector} puts the agent in front of a {@code -D} value per execution.
     */
    private String currentValue(String name) {
        String system = session.getSystemProperties().getProperty(name);
        if (system != null) {
            return system;
        }
        String user = session.getUserProperties().getProperty(name);
        return user != null ? user : project().getProperties().getProperty(name);
    }

    private boolean runsJacocoPrepareAgent() {
        for (Plugin plugin : project().getBuildPlugins()) {
            if ("org.jacoco".equals(plugin.getGroupId()) && "jacoco-maven-plugin".equals(plugin.getArtifactId())) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().contains("prepare-agent")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
