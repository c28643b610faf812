// The command-line interface (C1 administration): serve, migrate, demo-data,
// import-questions, backup, restore, load-units. main() only calls Run.
#pragma once

namespace doithoai::cli {

int Run(int argc, char** argv);

}  // namespace doithoai::cli
