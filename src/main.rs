fn main() {
    qapi::start();
}
