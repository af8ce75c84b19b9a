package app;

/** A child that books entries; its data is what the damaged files sit beside. */
public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) {
        System.out.println(book(Integer.parseInt(args[0])));
    }

    static int book(int entries) {
        int balance = 0;
        for (int i = 0; i < entries; i++) {
            balance += i % 2 == 0 ? 10 : -3;
        }
        return balance;
    }
}
