"""Local, stateful CDF emulator."""
