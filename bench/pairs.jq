# One Markdown table row from hyperfine exports of paired single runs (bench/compare.sh):
# the medians of each binary's times and of the per-pair ratios, and the ratios' middle half.
def median: sort | .[length / 2 | floor];
def quantile($q): sort | .[length * $q | floor];
def ms: . * 100000 | round / 100 | tostring + " ms";
def two: . * 100 | round / 100 | tostring;
[.[] | .results | map({key: (if .command | endswith("hello") then "hello" else "ours" end), value: .times[0]}) | from_entries]
| (map(.ours / .hello)) as $ratios
| "| \($block) | \(length) | \(map(.hello) | median | ms) | \(map(.ours) | median | ms) | \($ratios | median | two) | \($ratios | quantile(0.25) | two) to \($ratios | quantile(0.75) | two) |"
