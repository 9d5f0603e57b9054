# Reference values for Tests/ParSurveyTests/Statistics/Sampling/DrawTests.swift, from R's `sampling`
# package (Tillé & Matei). Run from this folder: Rscript reference.R
# Writes reference-inclusion.csv: for every frame row, its stratum's N_h and n_h and the
# inclusion probability from sampling::inclusionprobastrata, with the probability that
# sampling::strata(..., method = "srswor") reports for the rows it draws (the same n_h/N_h).
library(sampling)
frame <- read.csv("frame.csv", encoding = "UTF-8", stringsAsFactors = FALSE)
sizes <- read.csv("sizes-given.csv", encoding = "UTF-8", stringsAsFactors = FALSE)
key <- paste(frame$commune, frame$field, sep = "|")
levels_ <- unique(key)
frame$stratum <- match(key, levels_)
nh <- sizes$n[match(levels_, paste(sizes$commune, sizes$field, sep = "|"))]
pik <- inclusionprobastrata(frame$stratum, nh)
stopifnot(abs(sum(pik) - sum(nh)) < 1e-9)            # the probabilities add up to n
# strata() needs the frame sorted by stratum and the sizes in that order
ord <- order(frame$stratum)
sorted <- frame[ord, ]
set.seed(2025)
s <- strata(sorted, stratanames = "stratum", size = nh, method = "srswor")
stopifnot(abs(sum(1 / s$Prob) - nrow(frame)) < 1e-9)  # Horvitz–Thompson total of the frame's size = N
drawnProb <- rep(NA_real_, nrow(frame))
drawnProb[ord[s$ID_unit]] <- s$Prob
out <- data.frame(transactionId = frame$transactionId, commune = frame$commune, field = frame$field,
                  N = as.integer(table(frame$stratum)[frame$stratum]), n = nh[frame$stratum],
                  inclusionprobastrata = sprintf("%.17g", pik),
                  strataProb = ifelse(is.na(drawnProb), "", sprintf("%.17g", drawnProb)))
write.csv(out, "reference-inclusion.csv", row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
cat("rows", nrow(frame), "strata", length(nh), "sample", sum(nh), "\n")
