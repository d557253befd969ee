fn main() -> std::process::ExitCode {
    upstairs::cli::main()
}
