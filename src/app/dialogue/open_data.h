// Open data of a dialogue (issue 14, item 5): the questions, issues, published answers and
// conclusion tasks the public accountability page shows, as tables to download
// (domain/accountability/open_data.h lays them out and writes CSV and JSON). Public: the same
// visibility rule as the page — a dialogue not yet public is not found.
#pragma once

#include <string_view>

#include "app/context.h"
#include "domain/accountability/open_data.h"

namespace doithoai {

struct OpenDataFile {
  OpenDataSource source;
  OpenTable table;
};

// NotFound for a dialogue that does not exist or is not yet public.
Result<OpenDataSource> GetOpenDataSource(Context& ctx, DialogueId dialogue);

// `dataset`: one of OpenDatasets(); NotFound for any other name, as for the dialogue.
Result<OpenDataFile> GetOpenDataset(Context& ctx, DialogueId dialogue, std::string_view dataset);

// Changes whenever a dataset would (for the public cache): the accountability page's
// fingerprint and the published answers'.
Result<std::string> OpenDataFingerprint(Context& ctx, DialogueId dialogue);

}  // namespace doithoai
