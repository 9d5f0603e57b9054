#!/usr/bin/env Rscript
# rao_scott_many.R -- reference values for the Rao-Scott test on a table with many units and
# several strata (R 4.2.2, survey 4.1.1), for RaoScottManyUnitsTests.
#
#   Rscript Scripts/reference/rao_scott_many.R Tests/ParSurveyTests/Fixtures/uncertainty
#
# Makes a synthetic dataset (set.seed(2025); 60 communes in 5 districts, 25-70 forms each,
# weights constant within a commune) on Tests/ParSurveyTests/Fixtures/uncertainty/
# tiny-questionnaire.json (q1-q3, codes 1-5, 9 = don't know) and writes many-units.csv and
# many-units.json. Design: svydesign(ids = ~1, strata = ~district, weights = ~weight).
#   q1  every answer common: no empty cell
#   q2  "1" rare: empty cells in one column only (a forest: svychisq works)
#   q3  "1" and "2" rare: empty cells in two columns of the same communes (a cycle: svychisq
#       stops, "computationally singular"; the closed form with expected proportions, as
#       uncertainty.R)
# Per question: svychisq(~commune + F_q, des, statistic = "F") and statistic = "Chisq", the
# empty cells of svytable(~commune + F_q, des), and mainEffectRank = rows + columns - 1 - empty
# cells (the dimension of the main effects that vanish on the empty cells; rows + columns - 1
# when D = the expected proportions, which are all positive).
suppressPackageStartupMessages({
  library(survey)
  library(jsonlite)
})
options(survey.lonely.psu = "fail", warn = 1)
args <- commandArgs(TRUE)
OUT <- if (length(args)) args[1] else "Tests/ParSurveyTests/Fixtures/uncertainty"

set.seed(2025)
units <- 60
district <- rep(paste0("D", 1:5), each = units / 5)
commune <- sprintf("C%02d", 1:units)
size <- sample(25:70, units, replace = TRUE)
unit_weight <- round(runif(units, 40, 400), 3)
draw <- function(n, p) sample(c("1", "2", "3", "4", "5", "9", ""), n, replace = TRUE, prob = p)
rows <- do.call(rbind, lapply(seq_len(units), function(u) {
  n <- size[u]
  tilt <- (u %% 7) / 60
  data.frame(district = district[u], commune = commune[u], weight = unit_weight[u],
             q1 = draw(n, c(0.12, 0.16, 0.22 - tilt, 0.30, 0.16 + tilt, 0.02, 0.02)),
             q2 = draw(n, c(0.015, 0.20, 0.25, 0.30 - tilt, 0.205 + tilt, 0.02, 0.01)),
             q3 = draw(n, if (u %% 4 == 0) c(0, 0, 0.35, 0.40, 0.23, 0.01, 0.01)
                          else c(0.03, 0.04, 0.28, 0.35 - tilt, 0.28 + tilt, 0.01, 0.01)))
}))
d <- data.frame(id = seq_len(nrow(rows)), rows, stringsAsFactors = FALSE)
write.csv(d, file.path(OUT, "many-units.csv"), row.names = FALSE, quote = FALSE, na = "")

for (q in c("q1", "q2", "q3")) {
  code <- d[[q]]
  code[code %in% c("9", "")] <- NA
  d[[paste0("F_", q)]] <- factor(code)
}
des <- svydesign(ids = ~1, strata = ~district, weights = ~weight, data = d)

# svychisq's computation with the survey package's V, and D = diag(expected proportions) where
# svychisq stops (copied from uncertainty.R).
rao_scott_closed <- function(des, by, q, expectedD) {
  rowsv <- des$variables[[by]]; colsv <- des$variables[[paste0("F_", q)]]
  nr <- length(unique(na.omit(rowsv))); nc <- length(unique(na.omit(colsv)))
  fsat <- as.formula(paste0("~interaction(factor(", by, "), factor(F_", q, "))-1"))
  mm <- model.matrix(fsat, model.frame(fsat, des$variables, na.action = na.pass))
  N <- nrow(mm)
  nu <- length(unique(des$cluster[, 1])) - length(unique(des$strata[, 1]))
  mean2 <- svymean(mm, des, na.rm = TRUE); V <- attr(mean2, "var"); p <- as.vector(mean2)
  mf1 <- expand.grid(rows = 1:nr, cols = 1:nc)
  X1 <- model.matrix(~factor(rows) + factor(cols), mf1); X12 <- model.matrix(~factor(rows) * factor(cols), mf1)
  Cm <- qr.resid(qr(X1), X12[, -(1:(nr + nc - 1)), drop = FALSE])
  P <- matrix(p, nr, nc); E <- as.vector(outer(rowSums(P), colSums(P)))
  Dv <- if (expectedD) E else p
  iD <- diag(ifelse(Dv == 0, 0, 1 / Dv))
  Delta <- solve(t(Cm) %*% (iD / N) %*% Cm, t(Cm) %*% iD %*% V %*% iD %*% Cm)
  X2 <- N * sum((p - E)^2 / E)
  tr <- sum(diag(Delta)); d0 <- tr^2 / sum(diag(Delta %*% Delta)); Fst <- X2 / tr
  list(pearsonX2 = X2, F = Fst, ndf = d0, ddf = d0 * nu, pF = pf(Fst, d0, d0 * nu, lower.tail = FALSE),
       chisqDf = ncol(Delta), pChisq = pchisq(X2 / (tr / ncol(Delta)), ncol(Delta), lower.tail = FALSE))
}

rao_scott <- function(des, by, q) {
  f <- as.formula(paste0("~", by, "+F_", q))
  tab <- svytable(f, des)
  empty <- sum(tab == 0)
  out <- list(question = q, by = by, rows = nrow(tab), columns = ncol(tab), emptyCells = empty)
  r <- tryCatch({
    tf <- svychisq(f, des, statistic = "F")
    tc <- svychisq(f, des, statistic = "Chisq")
    list(pearsonX2 = unname(tc$statistic), F = unname(tf$statistic), ndf = unname(tf$parameter[[1]]),
         ddf = unname(tf$parameter[[2]]), pF = tf$p.value, chisqDf = unname(tc$parameter[[1]]), pChisq = tc$p.value)
  }, error = function(e) conditionMessage(e))
  if (is.character(r)) {
    out$svychisqError <- r
    out$method <- "expectedProportions"
    out$mainEffectRank <- nrow(tab) + ncol(tab) - 1
    r <- rao_scott_closed(des, by, q, TRUE)
  } else {
    out$method <- "observedProportions"
    out$mainEffectRank <- nrow(tab) + ncol(tab) - 1 - empty
  }
  c(out, r)
}

out <- list(scenario = "many-units", data = "many-units.csv", unit = "commune", strata = "district",
            weights = "weight", calibration = list(), questionnaire = "Tests/ParSurveyTests/Fixtures/uncertainty/tiny-questionnaire.json",
            rDesign = "svydesign(ids = ~1, strata = ~district, weights = ~weight)",
            R = R.version.string, survey = as.character(packageVersion("survey")), degf = degf(des), rows = nrow(d),
            chisq = lapply(c("q1", "q2", "q3"), function(q) rao_scott(des, "commune", q)))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE), file.path(OUT, "many-units.json"))
cat("wrote many-units.csv and many-units.json\n")
