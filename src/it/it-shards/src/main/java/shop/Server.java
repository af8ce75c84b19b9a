package shop;

public final class Server {
    public static void main(String[] args) {
        System.out.println(Greeter.greet(args[0]));
    }
}
