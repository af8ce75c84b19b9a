package io.github.subcov.bench.child;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * 2b, in one subcov JVM. Each line on stdin is a count; the JVM then starts that many
 * {@code /bin/true} in each of three ways, taking turns spawn by spawn, and answers with the
 * nanoseconds each way took: with subcov's launch hook on, with it off, and with it off but the
 * child given subcov's {@code JAVA_TOOL_OPTIONS} as an explicit environment. The three meet the
 * same JVM (its memory layout, its JIT, its threads) and the same moment of the machine, so their
 * ratios are known far more precisely than between JVMs: on over off is what subcov's rewriting adds
 * to a spawn, and the third way splits that into the JDK's price for an explicit environment and
 * subcov's own.
 */
public final class HookSwitchLoop {

    public enum Way {
        HOOK_ON, HOOK_OFF, HOOK_OFF_EXPLICIT_ENVIRONMENT
    }

    private HookSwitchLoop() {
    }

    public static void main(String[] args) throws Exception {
        String toolOptions = HookProbe.childToolOptions();
        if (!HookProbe.namesSubcov(toolOptions)) {
            System.err.println("subcov's launch hook should be live here");
            System.exit(1);
        }
        HookSwitch hook = HookSwitch.inThisJvm();
        ProcessBuilder inheriting = new ProcessBuilder("/bin/true");
        ProcessBuilder explicit = new ProcessBuilder("/bin/true");
        explicit.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        Way[] ways = Way.values();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String request = requests.readLine(); request != null; request = requests.readLine()) {
            int count = Integer.parseInt(request.trim());
            long[] nanos = new long[ways.length];
            for (int i = 0; i < count; i++) {
                for (int k = 0; k < ways.length; k++) {
                    // rotating, so that no way always follows the same one
                    Way way = ways[(i + k) % ways.length];
                    hook.set(way == Way.HOOK_ON);
                    nanos[way.ordinal()] += SpawnLoop.spawn(way == Way.HOOK_OFF_EXPLICIT_ENVIRONMENT ? explicit
                            : inheriting);
                }
            }
            hook.set(true);
            System.out.println(Arrays.stream(nanos).mapToObj(Long::toString).collect(Collectors.joining(" ")));
            System.out.flush();
        }
    }
}
