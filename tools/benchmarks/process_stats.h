// Runs a program to completion and reports its wall time and peak RSS.
#pragma once
#include <string>
#include <vector>

struct ProcessRun {
  bool ok = false;
  int exitCode = -1;
  double seconds = 0;
  double peakRssMb = 0;
};

ProcessRun runProcess(const std::vector<std::string>& argv);
double selfPeakRssMb();
double median(std::vector<double> values);
