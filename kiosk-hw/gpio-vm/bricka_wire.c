// SPDX-License-Identifier: GPL-2.0
/*
 * bricka_wire: a GPIO chip whose eight input lines are driven by a script, so that Bricka's
 * Wiegand reader can be run against the kernel's own GPIO character device, edge interrupts,
 * time stamps and event queue included, on a machine without GPIO hardware.
 *
 * debugfs bricka-wire/play   write "after_us line level" lines, in one write; played by a
 *                             hard-irq hrtimer, each step after_us after the one before it was
 *                             played (0: at the same time)
 * debugfs bricka-wire/status read: playing, steps, edges raised, last edge's CLOCK_MONOTONIC ns
 *
 * A falling or rising level change raises the line's interrupt when the consumer asked for that
 * edge, the way a GPIO controller's edge detector does. Lines start high (Wiegand idle).
 */
#include <linux/debugfs.h>
#include <linux/gpio/driver.h>
#include <linux/hrtimer.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/version.h>
#include <linux/vmalloc.h>

#define WIRE_LINES 8
#define WIRE_MAX_STEPS 200000
#define WIRE_MAX_SCRIPT (8 * 1024 * 1024)
/* Steps played in one timer callback, interrupts off, before the rest is put off to the next. */
#define WIRE_STEPS_PER_TICK 64

struct wire_step {
	u32 after_us;
	u8 line;
	u8 level;
};

struct wire {
	struct gpio_chip gc;
	struct platform_device *pdev;
	/* Raw: taken in the hard-interrupt timer, which stays a hard interrupt on PREEMPT_RT too. */
	raw_spinlock_t lock;
	unsigned long levels;
	unsigned long unmasked;
	unsigned int irq_type[WIRE_LINES];
	struct hrtimer timer;
	struct wire_step *steps;
	size_t nsteps;
	size_t next;
	bool playing;
	u64 edges;
	u64 last_edge_ns;
	struct dentry *dir;
};

static struct wire *the_wire;

static const char *const wire_names[WIRE_LINES] = {
	"WIRE0", "WIRE1", "WIRE2", "WIRE3", "WIRE4", "WIRE5", "WIRE6", "WIRE7",
};

static int wire_get(struct gpio_chip *gc, unsigned int offset)
{
	struct wire *w = gpiochip_get_data(gc);

	return test_bit(offset, &w->levels) ? 1 : 0;
}

static int wire_get_direction(struct gpio_chip *gc, unsigned int offset)
{
	return GPIO_LINE_DIRECTION_IN;
}

static int wire_direction_input(struct gpio_chip *gc, unsigned int offset)
{
	return 0;
}

static void wire_irq_mask(struct irq_data *d)
{
	struct gpio_chip *gc = irq_data_get_irq_chip_data(d);
	struct wire *w = gpiochip_get_data(gc);
	irq_hw_number_t hw = irqd_to_hwirq(d);

	clear_bit(hw, &w->unmasked);
	gpiochip_disable_irq(gc, hw);
}

static void wire_irq_unmask(struct irq_data *d)
{
	struct gpio_chip *gc = irq_data_get_irq_chip_data(d);
	struct wire *w = gpiochip_get_data(gc);
	irq_hw_number_t hw = irqd_to_hwirq(d);

	gpiochip_enable_irq(gc, hw);
	set_bit(hw, &w->unmasked);
}

/* The emulated controller latches nothing, so there is nothing to acknowledge. */
static void wire_irq_ack(struct irq_data *d)
{
}

static int wire_irq_set_type(struct irq_data *d, unsigned int type)
{
	struct gpio_chip *gc = irq_data_get_irq_chip_data(d);
	struct wire *w = gpiochip_get_data(gc);

	w->irq_type[irqd_to_hwirq(d)] = type & IRQ_TYPE_SENSE_MASK;
	return 0;
}

static const struct irq_chip wire_irq_chip = {
	.name = "bricka-wire",
	.irq_ack = wire_irq_ack,
	.irq_mask = wire_irq_mask,
	.irq_unmask = wire_irq_unmask,
	.irq_set_type = wire_irq_set_type,
	.flags = IRQCHIP_IMMUTABLE,
	GPIOCHIP_IRQ_RESOURCE_HELPERS,
};

/* Called with the lock held and interrupts off, as a controller's interrupt would be. */
static void wire_set_level(struct wire *w, unsigned int line, bool high)
{
	unsigned int type = w->irq_type[line];
	bool wanted;

	if (test_bit(line, &w->levels) == high)
		return;
	assign_bit(line, &w->levels, high);
	wanted = high ? (type & IRQ_TYPE_EDGE_RISING) : (type & IRQ_TYPE_EDGE_FALLING);
	if (!wanted || !test_bit(line, &w->unmasked))
		return;
	w->last_edge_ns = ktime_get_ns();
	w->edges++;
	generic_handle_domain_irq(w->gc.irq.domain, line);
}

static enum hrtimer_restart wire_tick(struct hrtimer *timer)
{
	struct wire *w = container_of(timer, struct wire, timer);
	enum hrtimer_restart restart = HRTIMER_NORESTART;
	unsigned int played = 0;
	unsigned long flags;

	raw_spin_lock_irqsave(&w->lock, flags);
	do {
		struct wire_step *step = &w->steps[w->next++];

		wire_set_level(w, step->line, step->level);
		played++;
	} while (w->next < w->nsteps && w->steps[w->next].after_us == 0 && played < WIRE_STEPS_PER_TICK);
	if (w->next < w->nsteps && w->steps[w->next].after_us == 0) {
		/* A long run of simultaneous steps: the rest at once, in the next callback. */
		hrtimer_set_expires(timer, ktime_get());
		restart = HRTIMER_RESTART;
	} else if (w->next < w->nsteps) {
		/*
		 * From now, not from the planned time: when the machine was held up, the script is
		 * late rather than squeezed, as a wire would be, and every edge keeps its spacing.
		 */
		hrtimer_set_expires(timer, ktime_add_us(ktime_get(), w->steps[w->next].after_us));
		restart = HRTIMER_RESTART;
	} else {
		w->playing = false;
	}
	raw_spin_unlock_irqrestore(&w->lock, flags);
	return restart;
}

static int wire_parse(char *text, struct wire_step *steps, size_t *count)
{
	char *line;
	size_t n = 0;

	while ((line = strsep(&text, "\n")) != NULL) {
		unsigned int after_us, wire_line, level;

		line = strim(line);
		if (*line == '\0')
			continue;
		if (n == WIRE_MAX_STEPS)
			return -E2BIG;
		if (sscanf(line, "%u %u %u", &after_us, &wire_line, &level) != 3)
			return -EINVAL;
		if (wire_line >= WIRE_LINES || level > 1 || after_us > 10 * USEC_PER_SEC)
			return -EINVAL;
		steps[n].after_us = after_us;
		steps[n].line = wire_line;
		steps[n].level = level;
		n++;
	}
	*count = n;
	return 0;
}

static ssize_t wire_play_write(struct file *file, const char __user *buf, size_t len, loff_t *ppos)
{
	struct wire *w = the_wire;
	struct wire_step *steps, *old;
	unsigned long flags;
	size_t count;
	char *text;
	int err;

	if (len == 0 || len > WIRE_MAX_SCRIPT)
		return -EINVAL;
	text = kvmalloc(len + 1, GFP_KERNEL);
	if (!text)
		return -ENOMEM;
	if (copy_from_user(text, buf, len)) {
		kvfree(text);
		return -EFAULT;
	}
	text[len] = '\0';
	steps = kvmalloc_array(WIRE_MAX_STEPS, sizeof(*steps), GFP_KERNEL);
	if (!steps) {
		kvfree(text);
		return -ENOMEM;
	}
	err = wire_parse(text, steps, &count);
	kvfree(text);
	if (err || count == 0) {
		kvfree(steps);
		return err ? err : -EINVAL;
	}

	raw_spin_lock_irqsave(&w->lock, flags);
	if (w->playing) {
		raw_spin_unlock_irqrestore(&w->lock, flags);
		kvfree(steps);
		return -EBUSY;
	}
	old = w->steps;
	w->steps = steps;
	w->nsteps = count;
	w->next = 0;
	w->playing = true;
	raw_spin_unlock_irqrestore(&w->lock, flags);
	kvfree(old);

	hrtimer_start(&w->timer, ns_to_ktime((u64)steps[0].after_us * NSEC_PER_USEC), HRTIMER_MODE_REL_HARD);
	return len;
}

static int wire_status_show(struct seq_file *s, void *unused)
{
	struct wire *w = the_wire;
	unsigned long flags;
	bool playing;
	size_t next, nsteps;
	u64 edges, last;
	unsigned long levels;

	raw_spin_lock_irqsave(&w->lock, flags);
	playing = w->playing;
	next = w->next;
	nsteps = w->nsteps;
	edges = w->edges;
	last = w->last_edge_ns;
	levels = w->levels;
	raw_spin_unlock_irqrestore(&w->lock, flags);
	seq_printf(s, "playing %d\nstep %zu\nsteps %zu\nedges %llu\nlast_edge_ns %llu\nlevels %lx\n",
		   playing, next, nsteps, edges, last, levels);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(wire_status);

static const struct file_operations wire_play_fops = {
	.owner = THIS_MODULE,
	.write = wire_play_write,
	.llseek = noop_llseek,
};

static int __init wire_init(void)
{
	struct gpio_irq_chip *girq;
	struct wire *w;
	int err;

	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return -ENOMEM;
	raw_spin_lock_init(&w->lock);
	w->levels = GENMASK(WIRE_LINES - 1, 0);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 13, 0)
	hrtimer_setup(&w->timer, wire_tick, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
#else
	hrtimer_init(&w->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_HARD);
	w->timer.function = wire_tick;
#endif

	w->pdev = platform_device_register_simple("bricka-wire", PLATFORM_DEVID_NONE, NULL, 0);
	if (IS_ERR(w->pdev)) {
		err = PTR_ERR(w->pdev);
		goto free;
	}

	w->gc.label = "pinctrl-bricka-wire";
	w->gc.parent = &w->pdev->dev;
	w->gc.owner = THIS_MODULE;
	w->gc.base = -1;
	w->gc.ngpio = WIRE_LINES;
	w->gc.names = wire_names;
	w->gc.get = wire_get;
	w->gc.get_direction = wire_get_direction;
	w->gc.direction_input = wire_direction_input;
	w->gc.can_sleep = false;

	girq = &w->gc.irq;
	gpio_irq_chip_set_chip(girq, &wire_irq_chip);
	/*
	 * As the Raspberry Pi's pinctrl-bcm2835 does for edge triggers: an edge that comes while the
	 * line's interrupt thread still runs raises the interrupt again, and the kernel's line request
	 * numbers it; the thread then reports only the later one, and the gap shows in the numbers.
	 */
	girq->handler = handle_edge_irq;
	girq->default_type = IRQ_TYPE_NONE;
	girq->num_parents = 0;
	girq->parents = NULL;
	girq->parent_handler = NULL;

	err = gpiochip_add_data(&w->gc, w);
	if (err)
		goto unregister;

	the_wire = w;
	w->dir = debugfs_create_dir("bricka-wire", NULL);
	debugfs_create_file("play", 0200, w->dir, NULL, &wire_play_fops);
	debugfs_create_file("status", 0444, w->dir, NULL, &wire_status_fops);
	return 0;

unregister:
	platform_device_unregister(w->pdev);
free:
	kfree(w);
	return err;
}

static void __exit wire_exit(void)
{
	struct wire *w = the_wire;

	debugfs_remove_recursive(w->dir);
	hrtimer_cancel(&w->timer);
	gpiochip_remove(&w->gc);
	platform_device_unregister(w->pdev);
	kvfree(w->steps);
	kfree(w);
}

module_init(wire_init);
module_exit(wire_exit);
MODULE_DESCRIPTION("Scripted GPIO lines with edge interrupts, for testing Wiegand readers");
MODULE_LICENSE("GPL");
