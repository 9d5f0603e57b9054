#!/usr/bin/env Rscript
# designs.R -- reference values for clustered, multistage and finite-population designs
# (issue 18), computed with R's survey package (R 4.2.2, survey 4.1.1) on its own example data
# data(api), for the Swift tests (Tests/ParSurveyTests/Fixtures/uncertainty/api-*.json).
#
#   Rscript Scripts/reference/designs.R Tests/ParSurveyTests/Fixtures/uncertainty
#
# Run from the repository root. It reuses the functions of uncertainty.R (everything before its
# first scenario), so every number comes from the same survey-package calls: svymean /
# svyciprop(method = "logit") per question, svycontrast of svytotals for element and overall
# indices, degf(subset) for degrees of freedom, svychisq for Rao-Scott tests.
#
# The "answers" are derived 5-level ratings (Tests/.../tiny-questionnaire.json: codes 1-5,
# 4-5 satisfied, 9 = missing):
#   q1 = cut(api00, 5 levels), q2 = cut(api99, 5 levels), q3 = cut(meals, 5 levels) with 9 where
#   meals is NA (none in apistrat) or where the school is in the first 10 % of snum (item
#   nonresponse). The unit is stype (domains E/H/M).
# Designs (each svydesign(weights = ~pw)):
#   api-strat        strata = ~stype, fpc = ~fpc                               (rows are PSUs)
#   api-clus1        ids = ~dnum                                               (with replacement)
#   api-clus1-fpc    ids = ~dnum, fpc = ~fpc
#   api-clus2        ids = ~dnum + snum, fpc = ~fpc1 + fpc2
#   api-clus1-raked  calibrate(api-clus1-fpc, ~stype + schwide, apipop totals, calfun = "raking")
#   api-lonely-*     ids = ~dnum, strata = ~band (band A holds one district), fpc = ~fpc,
#                    options(survey.lonely.psu = "adjust" | "average" | "certainty")
#   api-clus2-frac   ids = ~dnum + snum, fpc = ~f1 + f2 (sampling fractions 40/757, n2/N2)
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
src <- readLines("Scripts/reference/uncertainty.R")
eval(parse(text = src[1:(grep("^## ---- A", src)[1] - 1)]))
OUT <- if (length(commandArgs(TRUE))) commandArgs(TRUE)[1] else "Tests/ParSurveyTests/Fixtures/uncertainty"
use_questionnaire("Tests/ParSurveyTests/Fixtures/uncertainty/tiny-questionnaire.json")
data(api)

rate <- function(x, lo, hi) as.integer(cut(x, seq(lo, hi, length.out = 6), include.lowest = TRUE))
export <- function(d, file) {
  q3 <- rate(d$meals, 0, 100)
  q3[is.na(q3) | d$snum %% 10 == 0] <- 9
  out <- data.frame(id = d$snum, stype = as.character(d$stype), dnum = d$dnum, snum = d$snum,
                    band = ifelse(d$dnum == min(d$dnum), "A", ifelse(d$dnum < median(d$dnum), "B", "C")),
                    schwide = as.character(d$sch.wide), weight = sprintf("%.17g", d$pw),
                    q1 = rate(d$api00, 300, 1000), q2 = rate(d$api99, 300, 1000), q3 = q3)
  for (f in intersect(c("fpc", "fpc1", "fpc2"), names(d))) out[[f]] <- d[[f]]
  if ("fpc2" %in% names(d)) { out$f1 <- sprintf("%.17g", 40 / d$fpc1); out$f2 <- sprintf("%.17g", as.numeric(table(d$dnum)[as.character(d$dnum)]) / d$fpc2) }
  write.csv(out, file.path(OUT, file), row.names = FALSE, quote = FALSE)
  read_data(file.path(OUT, file))
}
st <- export(apistrat, "api-strat.csv")
c1 <- export(apiclus1, "api-clus1.csv")
c2 <- export(apiclus2, "api-clus2.csv")
c2$f1 <- as.numeric(c2$f1); c2$f2 <- as.numeric(c2$f2)

spec <- function(file, design, calibration = list(), weights = "weight")
  list(data = file, unit = "stype", strata = "stype", weights = weights, calibration = calibration, design = design)
dstrat <- svydesign(ids = ~1, strata = ~stype, fpc = ~fpc, weights = ~weight, data = st)
write_scenario("api-strat", spec("api-strat.csv", list(strata = "stype", ids = list(), fpc = list("fpc"))), dstrat, "stype",
               chisq = list(c("stype", "q1")), contrast = list(c("stype", "q1")))
dclus1 <- svydesign(ids = ~dnum, weights = ~weight, data = c1)
write_scenario("api-clus1", spec("api-clus1.csv", list(ids = list("dnum"), fpc = list())), dclus1, "stype",
               chisq = list(c("stype", "q1"), c("stype", "q3")), contrast = list(c("stype", "q1")))
dclus1f <- svydesign(ids = ~dnum, fpc = ~fpc, weights = ~weight, data = c1)
write_scenario("api-clus1-fpc", spec("api-clus1.csv", list(ids = list("dnum"), fpc = list("fpc"))), dclus1f, "stype",
               chisq = list(c("stype", "q1")), contrast = list(c("stype", "q1")))
dclus2 <- svydesign(ids = ~dnum + snum, fpc = ~fpc1 + fpc2, weights = ~weight, data = c2)
write_scenario("api-clus2", spec("api-clus2.csv", list(ids = list("dnum", "snum"), fpc = list("fpc1", "fpc2"))), dclus2, "stype",
               chisq = list(c("stype", "q1")), contrast = list(c("stype", "q1")))
dclus2f <- svydesign(ids = ~dnum + snum, fpc = ~f1 + f2, weights = ~weight, data = c2)
write_scenario("api-clus2-frac", spec("api-clus2.csv", list(ids = list("dnum", "snum"), fpc = list("f1", "f2"))), dclus2f, NULL)

# raked to apipop margins of stype and sch.wide on the one-stage cluster design with FPC
pop <- c(`(Intercept)` = nrow(apipop), stypeH = sum(apipop$stype == "H"), stypeM = sum(apipop$stype == "M"),
         schwideYes = sum(apipop$sch.wide == "Yes"))
c1$stype <- factor(c1$stype, levels = c("E", "H", "M")); c1$schwide <- factor(c1$schwide, levels = c("No", "Yes"))
dclus1f <- svydesign(ids = ~dnum, fpc = ~fpc, weights = ~weight, data = c1)
cal <- calibrate(dclus1f, ~stype + schwide, pop, calfun = "raking", epsilon = 1e-12, maxit = 200)
write.csv(data.frame(id = c1$id, raked = g17(weights(cal))), file.path(OUT, "weights_api-clus1.csv"), row.names = FALSE, quote = FALSE)
write_scenario("api-clus1-raked", spec("api-clus1.csv", list(ids = list("dnum"), fpc = list("fpc")), list("stype", "schwide"), "raked"),
               cal, "stype", chisq = list(c("stype", "q1")), contrast = list(c("stype", "q1")))

# lonely PSU: band A holds a single district
for (rule in c("adjust", "average", "certainty")) {
  options(survey.lonely.psu = rule)
  dl <- svydesign(ids = ~dnum, strata = ~band, fpc = ~fpc, weights = ~weight, data = c1)
  write_scenario(paste0("api-lonely-", rule), spec("api-clus1.csv", list(strata = "band", ids = list("dnum"), fpc = list("fpc"), lonely = rule)),
                 dl, NULL)
}
options(survey.lonely.psu = "fail")
r <- tryCatch({ svymean(~q1, svydesign(ids = ~dnum, strata = ~band, weights = ~weight, data = c1)); "no error" }, error = conditionMessage)
cat("lonely fail:", r, "\n")
