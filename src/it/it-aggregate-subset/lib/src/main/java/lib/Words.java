package lib;

public final class Words {
    private Words() {
    }

    public static String twice(String word) {
        return word + " " + word;
    }

    public static String thrice(String word) {
        return word + " " + word + " " + word;
    }
}
