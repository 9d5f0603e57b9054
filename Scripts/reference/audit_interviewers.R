#!/usr/bin/env Rscript
# Reference for the audit's interviewer test (InterviewerEffects): Tây Sơn's citizens' forms of
# the Bình Định sample, the k-th form of the district (file order, k from 0) given interviewer
# c("A","B","C")[k %% 3 + 1]; for each interviewer and question, that interviewer against the
# rest of the district: svychisq(~is_iv + F_q, design of the district's rows, weights 1,
# statistic = "F"). "Don't know" (9) and blanks are NA. Where svychisq stops, no value.
# Usage: Rscript Scripts/reference/audit_interviewers.R > Tests/ParSurveyTests/Fixtures/audit/interviewers-tay-son.json
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
f <- "Samples/binh-dinh-2021/citizens/tay-son.csv"
sep <- if (grepl(";", readLines(f, n = 1, encoding = "UTF-8"))) ";" else ","
x <- read.csv(f, sep = sep, stringsAsFactors = FALSE, na.strings = "", encoding = "UTF-8", check.names = FALSE,
              fileEncoding = "UTF-8-BOM", colClasses = "character")
stopifnot(all(x$district == "Tây Sơn"))
x$iv <- c("A", "B", "C")[(seq_len(nrow(x)) - 1) %% 3 + 1]
for (v in paste0("q", 1:22)) { c <- x[[v]]; c[!is.na(c) & c == "9"] <- NA; x[[paste0("F_", v)]] <- factor(c) }
out <- list()
for (iv in c("A", "B", "C")) {
  x$is_iv <- factor(x$iv == iv)
  des <- svydesign(ids = ~1, weights = ~rep(1, nrow(x)), data = x)
  for (k in 1:22) {
    p <- tryCatch(svychisq(as.formula(paste0("~is_iv + F_q", k)), des, statistic = "F")$p.value, error = function(e) NA)
    if (!is.na(p)) out[[length(out) + 1]] <- list(interviewer = iv, question = k, pF = unname(p))
  }
}
cat(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "\n")
