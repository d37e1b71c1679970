// Dumps a KenLM binary model of the kind libime ships (quantized, array-compressed trie; Debian package
// libime-data-language-model: zh_CN.lm) to ARPA text, for build_zh_bigrams.py --arpa.
//
// KenLM has no dumper of its own; this one walks its trie through KenLM's own classes. Build it against the
// KenLM sources (https://github.com/kpu/kenlm, LGPL-2.1+), see README.md:
//   g++ -std=c++17 -O2 -DKENLM_MAX_ORDER=6 -I kenlm dump_kenlm.cc <kenlm lm/ and util/ sources> -lz -lpthread
//   ./dump_kenlm zh_CN.lm > zh_CN.arpa
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>
// The trie's arrays are private to KenLM's search classes; a dumper reads them directly.
#define private public
#define protected public
#include "lm/enumerate_vocab.hh"
#include "lm/model.hh"
#undef private
#undef protected

namespace
{
struct Names : lm::EnumerateVocab
{
    std::vector<std::string> words;

    void Add(lm::WordIndex index, const StringPiece &str) override
    {
        if (words.size() <= index)
        {
            words.resize(index + 1);
        }
        words[index] = std::string(str.data(), str.size());
    }
};
}

int main(int argc, char **argv)
{
    if (argc != 2)
    {
        std::fprintf(stderr, "usage: dump_kenlm MODEL.lm > MODEL.arpa\n");
        return 2;
    }
    Names names;
    lm::ngram::Config config;
    config.enumerate_vocab = &names;
    lm::ngram::QuantArrayTrieModel model(argv[1], config);
    auto &search = model.search_;
    auto &unigrams = search.unigram_;
    auto &bigrams = search.middle_begin_[0];
    auto &trigrams = search.longest_;
    if (search.Order() != 3)
    {
        std::fprintf(stderr, "dump_kenlm: only trigram models are supported\n");
        return 2;
    }
    const uint64_t count1 = model.vocab_.Bound();
    const uint64_t count2 = unigrams.unigram_[count1].next;

    // The trie is reversed: a unigram's children are the words *before* it, and theirs the words before those.
    std::vector<std::string> third;
    // The bigrams' ranges of trigrams follow each other: the last one ends at the trigram count.
    lm::ngram::trie::NodeRange last;
    search.Unpack(count2 - 1, 2, last);
    const uint64_t count3 = last.end;
    std::printf("\\data\\\nngram 1=%lu\nngram 2=%lu\nngram 3=%lu\n\n\\1-grams:\n", count1, count2, count3);
    for (uint64_t w = 0; w < count1; ++w)
    {
        const auto &weights = unigrams.unigram_[w].weights;
        std::printf("%.4f\t%s\t%.4f\n", weights.prob, names.words[w].c_str(), weights.backoff);
    }
    std::printf("\n\\2-grams:\n");
    for (uint64_t w = 0; w < count1; ++w)
    {
        for (uint64_t p = unigrams.unigram_[w].next; p < unigrams.unigram_[w + 1].next; ++p)
        {
            lm::ngram::trie::NodeRange before;
            auto entry = search.Unpack(p, 2, before);
            const lm::WordIndex w1 = util::ReadInt57(bigrams.base_, p * bigrams.total_bits_, bigrams.word_bits_, bigrams.word_mask_);
            const std::string context = names.words[w1] + " " + names.words[w];
            std::printf("%.4f\t%s\t%.4f\n", entry.Prob(), context.c_str(), entry.Backoff());
            for (uint64_t q = before.begin; q < before.end; ++q)
            {
                const uint64_t bit = q * trigrams.total_bits_;
                const lm::WordIndex w0 = util::ReadInt57(trigrams.base_, bit, trigrams.word_bits_, trigrams.word_mask_);
                lm::ngram::SeparatelyQuantize::LongestPointer value(search.quant_, util::BitAddress(trigrams.base_, bit + trigrams.word_bits_));
                char prob[32];
                std::snprintf(prob, sizeof prob, "%.4f", value.Prob());
                third.push_back(std::string(prob) + "\t" + names.words[w0] + " " + context);
            }
        }
    }
    std::printf("\n\\3-grams:\n");
    for (const auto &line : third)
    {
        std::printf("%s\n", line.c_str());
    }
    std::printf("\n\\end\\\n");
    return 0;
}
