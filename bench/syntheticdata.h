#pragma once

#include "core/dataset.h"

#include <cstdint>

namespace Anchorline::Bench {

struct SyntheticOptions
{
    int events = 10000;
    int lanes = 8;
    std::uint32_t seed = 42;
};

// A deterministic synthetic dataset (docs/architecture.md §6): events spread over 1900–2030, 20%
// ranges, mixed precisions, one evidence anchor per event, some relations, one lane per actor. The
// same options always give the same dataset, byte for byte once written.
Model::Dataset makeSyntheticDataset(const SyntheticOptions &options);

// "10k", "100k", "1M": how figures name a dataset size.
QString sizeLabel(int events);

} // namespace Anchorline::Bench
