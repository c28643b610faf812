// Composition root: everything is wired in cli::Run.
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  try {
    return doithoai::cli::Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "doithoai: internal error: " << e.what() << "\n";
    return 70;
  }
}
