#!/usr/bin/perl
# test/readme/readme.t: README.md cannot drift from the code.
#
# Every ```sql block of README.md is run, in the order of the file, in a
# database of the throw-away cluster of make test (test/run), and must run
# without error.  When the block is followed (blank lines aside) by a plain
# ``` block, that block is its output: psql's output must equal it, line for
# line, trailing blanks ignored.  The examples read the small tables of
# test/readme/tabellen.sql (aanbieder, overeenkomst, declaratie, ...).
#
# A block that creates the extension runs in a fresh database of its own.
# A block that cannot run here (it needs Citus, or another server) is
# preceded by a line "<!-- niet uitgevoerd: the reason -->"; it is reported
# as a TAP skip with that reason.
#
# The session runs with TimeZone Europe/Amsterdam, DateStyle ISO and English
# messages, as README's outputs show.
use strict;
use warnings;
use File::Basename qw(dirname);
use File::Temp qw(tempdir);
use Cwd qw(abs_path);

my $here = dirname(abs_path($0));
my $top = abs_path("$here/../..");
my $readme = $ARGV[0] // "$top/README.md";
my $scratch = tempdir(CLEANUP => 1);

$ENV{PGOPTIONS} = '-c TimeZone=Europe/Amsterdam -c DateStyle=ISO,YMD -c lc_messages=C '
  . '-c extra_float_digits=1';

# ---------------------------------------------------------------------------
# The blocks of README.md
# ---------------------------------------------------------------------------
open(my $fh, '<', $readme) or die "cannot read $readme: $!";
my @lines = <$fh>;
close $fh;

my @blocks;    # { lang, line, text, skip }
my ($in, $cur) = (0, undef);
my $skip_reason;
for my $i (0 .. $#lines) {
	my $l = $lines[$i];
	if (!$in && $l =~ /^```(\S*)\s*$/) {
		$cur = { lang => $1, line => $i + 1, text => '', skip => $skip_reason, end => undef };
		$skip_reason = undef;
		$in = 1;
		next;
	}
	if ($in && $l =~ /^```\s*$/) {
		$cur->{end} = $i + 1;
		push @blocks, $cur;
		$in = 0;
		next;
	}
	if ($in) {
		$cur->{text} .= $l;
		next;
	}
	if ($l =~ /^<!--\s*niet uitgevoerd:\s*(.*?)\s*-->/) {
		$skip_reason = $1;
	} elsif ($l =~ /\S/) {
		$skip_reason = undef;
	}
}
die "README.md: unterminated code block at line $cur->{line}\n" if $in;

# an output block directly after an sql block (blank lines between allowed)
for my $k (0 .. $#blocks) {
	my $b = $blocks[$k];
	next unless $b->{lang} eq 'sql';
	my $n = $blocks[$k + 1];
	next unless $n && $n->{lang} eq '';
	my $between = join('', @lines[$b->{end} .. $n->{line} - 2]);
	$b->{expected} = $n->{text} if $between !~ /\S/;
}

my @sql = grep { $_->{lang} eq 'sql' } @blocks;
print "1..", scalar(@sql), "\n";

# ---------------------------------------------------------------------------
# Running them
# ---------------------------------------------------------------------------
sub sh {
	my ($cmd) = @_;
	my $out = `$cmd 2>&1`;
	return ($? >> 8, $out);
}

my $db = 'wlz_readme';
my $n = 0;
my ($rc, $out) = sh("dropdb --if-exists $db && createdb $db && "
	. "psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'CREATE EXTENSION wlzcontract' "
	. "-f '$here/tabellen.sql'");
die "cannot set up $db:\n$out" if $rc;

sub normalise {
	my ($t) = @_;
	my @l = split /\n/, $t, -1;
	s/\s+$// for @l;
	pop @l while @l && $l[-1] eq '';
	shift @l while @l && $l[0] eq '';
	return join("\n", @l);
}

my $fresh = 0;
for my $b (@sql) {
	$n++;
	my $what = "README.md line $b->{line}";
	my $first = (grep { /\S/ && !/^\s*--/ } split /\n/, $b->{text})[0] // '';
	$first =~ s/^\s+|\s+$//g;
	$first = substr($first, 0, 60);
	if (defined $b->{skip}) {
		print "ok $n - $what # skip $b->{skip}\n";
		next;
	}
	my $target = $db;
	if ($b->{text} =~ /CREATE\s+EXTENSION\s+wlzcontract/i) {
		$fresh++;
		$target = "wlz_readme_leeg$fresh";
		sh("dropdb --if-exists $target; createdb $target");
	}
	my $file = "$scratch/blok$n.sql";
	open(my $o, '>', $file) or die;
	print $o $b->{text};
	close $o;
	($rc, $out) = sh("psql -X -q -v ON_ERROR_STOP=1 -d $target -f '$file'");
	my $ok = $rc == 0;
	my $diag = '';
	if (!$ok) {
		$diag = "it failed:\n$out";
	} elsif (defined $b->{expected}) {
		my ($got, $want) = (normalise($out), normalise($b->{expected}));
		if ($got ne $want) {
			$ok = 0;
			$diag = "README shows:\n$want\npsql gives:\n$got";
		}
	}
	my $desc = "$what runs" . (defined $b->{expected} ? " and gives the output shown" : '')
	  . " ($first)";
	print(($ok ? "ok" : "not ok") . " $n - $desc\n");
	if (!$ok) {
		my @d = split /\n/, $diag;
		@d = (@d[0 .. 59], '...') if @d > 60;
		print "# $_\n" for @d;
	}
}
