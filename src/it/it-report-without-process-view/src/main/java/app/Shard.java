package app;

/** A worker the test starts twice: even and odd shards run different code. */
public final class Shard {

    private Shard() {
    }

    public static void main(String[] args) {
        int shard = Integer.parseInt(args[0]);
        System.out.println(shard % 2 == 0 ? even(shard) : odd(shard));
    }

    static int even(int shard) {
        return shard / 2;
    }

    static int odd(int shard) {
        return shard * 3 + 1;
    }
}
